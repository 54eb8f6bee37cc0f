package io.nereid.launcher;

import io.nereid.operators.ColumnKind;
import io.nereid.operators.CompiledProgram;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The values of a program's params from {@code --param NAME=VALUE} flags: each text parsed as its
 * declared type ({@code bool} (true or false), {@code int}, {@code long}, {@code double},
 * {@code string} (as given) and {@code date} (ISO, 2024-01-31)), and the program built with
 * them. {@code nq run} and the mains of programs compiled ahead of time both go through here, so
 * they accept the same values and refuse the others with the same messages (a {@link
 * Bindings.BindingException}).
 */
public final class ParamValues {
    private ParamValues() {
    }

    /**
     * The values given for {@code declared} params (NAME to a Boolean, Integer, Long, Double,
     * String or LocalDate); a param not given is left out (the program takes its default). An
     * unknown name, a value of another type and a missing param without default are refused.
     */
    public static Map<String, Object> bind(List<DeclaredParam> declared, Map<String, String> given) {
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(given, "given");
        for (String name : given.keySet()) {
            if (declared.stream().noneMatch(p -> p.name().equals(name))) {
                throw new Bindings.BindingException("Option '--param' names '" + name + "', but the program has no"
                        + " param of that name; it declares " + describe(declared));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (DeclaredParam p : declared) {
            String text = given.get(p.name());
            if (text != null) {
                values.put(p.name(), parse(p.name(), p.kind(), text));
            } else if (p.defaultValue().isEmpty()) {
                throw new Bindings.BindingException("Param '" + p.name() + "' (" + p.kind().nqName() + ") has no"
                        + " default: give it a value with --param " + p.name() + "=VALUE");
            }
        }
        return values;
    }

    /**
     * The program {@code create} builds with these values; a value the program refuses (its
     * {@link IllegalArgumentException}: a count out of range) is a usage error.
     */
    public static CompiledProgram create(Function<Map<String, Object>, CompiledProgram> create,
            Map<String, Object> values) {
        Objects.requireNonNull(create, "create");
        try {
            return create.apply(values);
        } catch (IllegalArgumentException e) {
            throw new Bindings.BindingException("Invalid value for option '--param': " + e.getMessage());
        }
    }

    /** {@code root: long = 0, factor: long}, or {@code none}. */
    public static String describe(List<DeclaredParam> declared) {
        return declared.isEmpty() ? "none" : declared.stream().map(DeclaredParam::describe)
                .collect(Collectors.joining(", "));
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
