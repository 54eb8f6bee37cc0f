package io.nereid.compiler.types;

import static io.nereid.compiler.types.ScalarKind.BOOL;
import static io.nereid.compiler.types.ScalarKind.DATE;
import static io.nereid.compiler.types.ScalarKind.DOUBLE;
import static io.nereid.compiler.types.ScalarKind.INT;
import static io.nereid.compiler.types.ScalarKind.LONG;
import static io.nereid.compiler.types.ScalarKind.STRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The built-in scalar functions of NQ with their overloads: strings, dates, math, and the
 * polymorphic {@code coalesce}, {@code greatest}, {@code least}. Strings index from 0, as in
 * LINQ ({@code substring(s, start, length)}). Dates are ISO days.
 */
public enum BuiltinFunction {
    LENGTH(sigs("length", INT, STRING)),
    LOWER(sigs("lower", STRING, STRING)),
    UPPER(sigs("upper", STRING, STRING)),
    TRIM(sigs("trim", STRING, STRING)),
    SUBSTRING(List.of(FunctionSignature.of("substring", STRING, STRING, INT, INT),
            FunctionSignature.of("substring", STRING, STRING, INT))),
    CONTAINS(sigs("contains", BOOL, STRING, STRING)),
    STARTS_WITH(sigs("starts_with", BOOL, STRING, STRING)),
    ENDS_WITH(sigs("ends_with", BOOL, STRING, STRING)),
    INDEX_OF(sigs("index_of", INT, STRING, STRING)),
    REPLACE(sigs("replace", STRING, STRING, STRING, STRING)),
    CONCAT(List.of(new FunctionSignature("concat", List.of(STRING, STRING), STRING, true))),
    YEAR(sigs("year", INT, DATE)),
    MONTH(sigs("month", INT, DATE)),
    DAY(sigs("day", INT, DATE)),
    ADD_DAYS(sigs("add_days", DATE, DATE, INT)),
    ADD_MONTHS(sigs("add_months", DATE, DATE, INT)),
    ADD_YEARS(sigs("add_years", DATE, DATE, INT)),
    DAYS_BETWEEN(sigs("days_between", INT, DATE, DATE)),
    TO_DATE(sigs("to_date", DATE, STRING)),
    ABS(List.of(FunctionSignature.of("abs", INT, INT), FunctionSignature.of("abs", LONG, LONG),
            FunctionSignature.of("abs", DOUBLE, DOUBLE))),
    SQRT(sigs("sqrt", DOUBLE, DOUBLE)),
    LN(sigs("ln", DOUBLE, DOUBLE)),
    EXP(sigs("exp", DOUBLE, DOUBLE)),
    POW(sigs("pow", DOUBLE, DOUBLE, DOUBLE)),
    FLOOR(sigs("floor", DOUBLE, DOUBLE)),
    CEIL(sigs("ceil", DOUBLE, DOUBLE)),
    ROUND(List.of(FunctionSignature.of("round", LONG, DOUBLE), FunctionSignature.of("round", DOUBLE, DOUBLE, INT))),
    /** First non-null argument; non-null when any argument is non-null. */
    COALESCE(List.of()),
    GREATEST(List.of()),
    LEAST(List.of());

    private final List<FunctionSignature> signatures;

    BuiltinFunction(List<FunctionSignature> signatures) {
        this.signatures = signatures;
    }

    private static List<FunctionSignature> sigs(String name, ScalarKind result, ScalarKind... params) {
        return List.of(FunctionSignature.of(name, result, params));
    }

    /** The name used in NQ source ({@code starts_with}). */
    public String nqName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The overloads, for error messages ("expected one of: ..."). */
    public List<String> describeSignatures() {
        return switch (this) {
            case COALESCE -> List.of("coalesce(T, T...) -> T");
            case GREATEST, LEAST -> List.of(nqName() + "(T, T...) -> T");
            default -> signatures.stream().map(FunctionSignature::toString).toList();
        };
    }

    /**
     * The result type of a call with these argument types, or empty when no overload fits.
     * Strict functions return null on a null argument, so their result is nullable when any
     * argument is; {@code coalesce} is non-null as soon as one argument is.
     */
    public Optional<ScalarType> resultType(List<ScalarType> args) {
        boolean anyNullable = args.stream().anyMatch(ScalarType::nullable);
        switch (this) {
            case COALESCE, GREATEST, LEAST -> {
                if (args.size() < 2) {
                    return Optional.empty();
                }
                Optional<ScalarType> common = Optional.of(args.get(0));
                for (ScalarType t : args.subList(1, args.size())) {
                    common = common.flatMap(c -> TypeRules.commonType(c, t));
                }
                if (common.isEmpty() || (this != COALESCE && !common.get().kind().isOrderable())) {
                    return Optional.empty();
                }
                boolean nullable = this == COALESCE ? args.stream().allMatch(ScalarType::nullable) : anyNullable;
                return Optional.of(new ScalarType(common.get().kind(), nullable));
            }
            default -> {
                return bestSignature(args).map(s -> new ScalarType(s.result(), anyNullable));
            }
        }
    }

    /** The kinds each argument converts to before the call (numeric widening), if a call fits. */
    public Optional<List<ScalarKind>> parameterKinds(List<ScalarType> args) {
        if (this == COALESCE || this == GREATEST || this == LEAST) {
            return resultType(args).map(t -> new ArrayList<>(java.util.Collections.nCopies(args.size(), t.kind())));
        }
        return bestSignature(args).map(s -> {
            List<ScalarKind> kinds = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                kinds.add(s.parameter(i));
            }
            return kinds;
        });
    }

    private Optional<FunctionSignature> bestSignature(List<ScalarType> args) {
        FunctionSignature best = null;
        int bestCost = Integer.MAX_VALUE;
        for (FunctionSignature s : signatures) {
            int cost = s.conversionCost(args);
            if (cost >= 0 && cost < bestCost) {
                best = s;
                bestCost = cost;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The built-in function with this NQ name. */
    public static Optional<BuiltinFunction> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.nqName().equals(name)).findFirst();
    }

    /** All NQ names, for "did you mean" hints. */
    public static List<String> names() {
        return Arrays.stream(values()).map(BuiltinFunction::nqName).toList();
    }
}
