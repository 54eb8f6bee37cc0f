package io.nereid.cli.repl;

import java.util.regex.Pattern;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Tells JLine when the text typed so far is complete: a statement (and {@code :explain QUERY;})
 * once it ends with a top-level {@code ;} (until then Enter opens a continuation line), any other
 * {@code :command} at the end of its line. Splits words for completion at anything that cannot be part of a name, so that
 * {@code (e.sr} completes {@code e.sr}.
 */
final class NqLineParser extends DefaultParser {
    private static final Pattern ONE_LINE_COMMAND = Pattern.compile("^\\s*:(?!explain\\b)[A-Za-z?].*", Pattern.DOTALL);

    NqLineParser() {
        setQuoteChars(new char[] {'"'});
        setEscapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE) {
            StatementScanner scan = StatementScanner.scan(line);
            boolean complete = ONE_LINE_COMMAND.matcher(line).matches() || scan.isBlank() || scan.isComplete();
            if (!complete) {
                throw new EOFError(-1, -1, "the statement goes on until ';'", scan.openComment() ? "*/" : ";");
            }
        }
        return super.parse(line, cursor, context);
    }

    /** In a command, words are separated by blanks (file names keep their dots and slashes); elsewhere by anything but a name or a dot. */
    @Override
    public boolean isDelimiterChar(CharSequence buffer, int pos) {
        char c = buffer.charAt(pos);
        if (isCommand(buffer)) {
            return Character.isWhitespace(c);
        }
        return !(Character.isLetterOrDigit(c) || c == '_' || c == '.');
    }

    /** Whether the buffer is a {@code :command}: its first non-blank character is a colon. */
    static boolean isCommand(CharSequence buffer) {
        for (int i = 0; i < buffer.length(); i++) {
            if (!Character.isWhitespace(buffer.charAt(i))) {
                return buffer.charAt(i) == ':';
            }
        }
        return false;
    }
}
