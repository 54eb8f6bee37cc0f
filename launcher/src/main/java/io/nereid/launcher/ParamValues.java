package io.nereid.launcher;

import io.nereid.operators.ColumnKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Parses the text of a program param ({@code --param root=7}) as its declared type: {@code bool}
 * (true or false), {@code int}, {@code long}, {@code double}, {@code string} (as given) and
 * {@code date} (ISO, 2024-01-31). {@code nq run} and generated mains both parse params here.
 */
public final class ParamValues {
    private ParamValues() {
    }

    /**
     * The value as a Boolean, Integer, Long, Double, String or LocalDate; a
     * {@link Bindings.BindingException} naming the param and its type when the text does not fit.
     */
    public static Object parse(String param, ColumnKind kind, String text) {
        Objects.requireNonNull(param, "param");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        String v = text.trim();
        try {
            return switch (kind) {
                case BOOL -> {
                    if (!v.equals("true") && !v.equals("false")) {
                        throw new IllegalArgumentException("not a bool");
                    }
                    yield Boolean.parseBoolean(v);
                }
                case INT -> Integer.parseInt(v);
                case LONG -> Long.parseLong(v);
                case DOUBLE -> Double.parseDouble(v);
                case STRING -> text;
                case DATE -> LocalDate.parse(v);
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            String name = kind.nqName();
            throw new Bindings.BindingException("Invalid value for option '--param': '" + text + "' is not "
                    + (name.matches("[aeiou].*") ? "an " : "a ") + name + " (param '" + param + "' is declared "
                    + name + ")");
        }
    }
}
