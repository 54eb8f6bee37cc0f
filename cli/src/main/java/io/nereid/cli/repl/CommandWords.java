package io.nereid.cli.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a {@code :command} line: split at blanks, a double-quoted word may hold blanks
 * ({@code :load docs "my docs.csv"}). Each word keeps its offset in the line, for error carets.
 */
final class CommandWords {
    /** One word: its text (quotes removed) and the offset of its first character in the line. */
    record Word(String text, int offset) {}

    private CommandWords() {
    }

    static List<Word> split(String line) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder word = new StringBuilder();
            if (c == '"') {
                i++;
                while (i < line.length() && line.charAt(i) != '"') {
                    word.append(line.charAt(i++));
                }
                i++; // the closing quote, if any
            } else {
                while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                    word.append(line.charAt(i++));
                }
            }
            words.add(new Word(word.toString(), start));
        }
        return words;
    }
}
