package io.nereid.compiler.types;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The aggregates of a group: {@code count} (of rows, long), {@code sum} (int and long sum to
 * long, double to double), {@code min}/{@code max} (any orderable type, kept as is) and
 * {@code avg} (double). Null arguments are skipped; the result of sum/min/max/avg is nullable
 * when the argument is (a group whose values are all null has none).
 */
public enum AggregateFunction {
    COUNT, SUM, MIN, MAX, AVG;

    public String nqName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The result type for an argument of type {@code arg}, or empty when the argument does not fit. */
    public Optional<ScalarType> resultType(ScalarType arg) {
        return switch (this) {
            case COUNT -> Optional.of(ScalarType.LONG);
            case SUM -> arg.isNumeric()
                    ? Optional.of(new ScalarType(arg.kind() == ScalarKind.DOUBLE ? ScalarKind.DOUBLE : ScalarKind.LONG,
                            arg.nullable()))
                    : Optional.empty();
            case MIN, MAX -> arg.kind().isOrderable() ? Optional.of(arg) : Optional.empty();
            case AVG -> arg.isNumeric() ? Optional.of(new ScalarType(ScalarKind.DOUBLE, arg.nullable())) : Optional.empty();
        };
    }

    /** What argument this aggregate accepts, for error messages. */
    public String expectedArgument() {
        return switch (this) {
            case COUNT -> "anything";
            case SUM, AVG -> "a numeric value (int, long or double)";
            case MIN, MAX -> "an orderable value (number, string, date or bool)";
        };
    }

    public static Optional<AggregateFunction> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.nqName().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(AggregateFunction::nqName).toList();
    }
}
