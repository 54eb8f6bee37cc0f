package io.nereid.compiler.parse;

import io.nereid.compiler.diag.Diagnostic;
import io.nereid.compiler.diag.SourceLocation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Turns the text of literal tokens into values, reporting malformed ones (an integer too large for
 * {@code long}, an unknown escape, a date that is not {@code YYYY-MM-DD}) as diagnostics. Each
 * method returns a usable placeholder after reporting, so that the parse can go on and report more.
 */
final class Literals {
    private final List<Diagnostic> diagnostics;

    Literals(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The value of an integer token (digits and an optional L), negated first when {@code negative}. */
    long integer(String text, boolean negative, SourceLocation at) {
        String digits = text.endsWith("L") || text.endsWith("l") ? text.substring(0, text.length() - 1) : text;
        try {
            return Long.parseLong(negative ? "-" + digits : digits);
        } catch (NumberFormatException e) {
            diagnostics.add(Diagnostic.error(at, "integer literal " + text + " is too large",
                    "integers are 64-bit (at most 9223372036854775807); use a double such as " + digits + ".0"));
            return 0;
        }
    }

    /** The value of a decimal token. */
    double decimal(String text, SourceLocation at) {
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            diagnostics.add(Diagnostic.error(at, "number " + text + " is too large for a double"));
            return 0;
        }
        return value;
    }

    /** The content of a string token (with its quotes), escapes resolved. */
    String string(String token, SourceLocation at) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 1; i < token.length() - 1; i++) {
            char c = token.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = token.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case 'u' -> i = unicode(token, i, sb, at);
                default -> diagnostics.add(Diagnostic.error(at.file().location(at.line(), at.column() + i - 1),
                        "unknown escape sequence '\\" + e + "' in string",
                        "the escapes are \\n \\t \\r \\\" \\\\ and \\uXXXX; write \\\\ for a backslash"));
            }
        }
        return sb.toString();
    }

    private int unicode(String token, int i, StringBuilder sb, SourceLocation at) {
        int end = i + 5;
        String hex = end <= token.length() - 1 ? token.substring(i + 1, end) : "";
        if (hex.matches("[0-9a-fA-F]{4}")) {
            sb.append((char) Integer.parseInt(hex, 16));
            return end - 1;
        }
        diagnostics.add(Diagnostic.error(at.file().location(at.line(), at.column() + i - 1),
                "malformed unicode escape in string", "write \\u followed by exactly four hex digits, e.g. \\u00e9"));
        return i;
    }

    /** The date of a {@code date "..."} literal's string. */
    LocalDate date(String content, SourceLocation at) {
        try {
            return LocalDate.parse(content);
        } catch (DateTimeParseException e) {
            diagnostics.add(Diagnostic.error(at, "invalid date \"" + content + "\"",
                    "dates are written date \"YYYY-MM-DD\", e.g. date \"2024-01-31\""));
            return LocalDate.EPOCH;
        }
    }
}
