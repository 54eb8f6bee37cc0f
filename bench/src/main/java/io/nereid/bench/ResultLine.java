package io.nereid.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One machine-readable result: {@code RESULT <name> <key>=<value> ...}, the last line of every
 * benchmark's report, so that scripts can collect results with {@code grep '^RESULT '}. Names,
 * keys and values are single words; numbers are printed with a dot as decimal separator.
 */
public record ResultLine(String name, List<Field> fields) {
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.+-]+");

    /** One {@code key=value} pair. */
    public record Field(String key, String value) {
        public Field {
            checkWord(key, "key");
            checkWord(value, "value");
        }
    }

    public ResultLine {
        checkWord(name, "name");
        fields = List.copyOf(fields);
    }

    /** A result with no fields yet; add them with {@link #with}. */
    public static ResultLine of(String name) {
        return new ResultLine(name, List.of());
    }

    /** This result with one more field. */
    public ResultLine with(String key, String value) {
        List<Field> more = new ArrayList<>(fields);
        more.add(new Field(key, value));
        return new ResultLine(name, more);
    }

    /** This result with a numeric field, rounded to {@code decimals} places. */
    public ResultLine with(String key, double value, int decimals) {
        return with(key, String.format(Locale.ROOT, "%." + decimals + "f", value));
    }

    /** This result with an integer field. */
    public ResultLine with(String key, long value) {
        return with(key, Long.toString(value));
    }

    /** This result with a boolean field ({@code true} / {@code false}). */
    public ResultLine with(String key, boolean value) {
        return with(key, Boolean.toString(value));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("RESULT ").append(name);
        for (Field f : fields) {
            s.append(' ').append(f.key()).append('=').append(f.value());
        }
        return s.toString();
    }

    private static void checkWord(String s, String what) {
        Objects.requireNonNull(s, what);
        if (!WORD.matcher(s).matches()) {
            throw new IllegalArgumentException("a result " + what + " must be one word of letters, digits and _.+-, was '"
                    + s + "'");
        }
    }
}
