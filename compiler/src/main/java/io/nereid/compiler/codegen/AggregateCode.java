package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.physical.Combiner;
import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.types.AggregateFunction;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The accumulators of a group: a generated {@code Acc} class with the key values and one or
 * two primitive fields per aggregate ({@code count}: a long; {@code sum}: a long or double;
 * {@code min}/{@code max}: the value; {@code avg}: a double sum and a long count), and the code
 * that starts, updates, and reads them. Contributions come either from raw rows (the argument
 * expressions; a count contributes 1) or from a combiner's partial rows (its columns).
 */
final class AggregateCode {
    private final List<ScalarType> keyTypes;
    private final List<AggregateCall> aggregates;
    /** The type of every accumulator field, in partial-row order. */
    private final List<ScalarType> fields = new ArrayList<>();
    /** For each accumulator field: how contributions fold (true: add; false: min/max of the aggregate). */
    private final List<AggregateFunction> fieldFunction = new ArrayList<>();

    AggregateCode(List<ScalarType> keyTypes, List<AggregateCall> aggregates) {
        this.keyTypes = List.copyOf(keyTypes);
        this.aggregates = List.copyOf(aggregates);
        for (AggregateCall a : aggregates) {
            List<ScalarType> columns = Combiner.partialColumns(a);
            for (int i = 0; i < columns.size(); i++) {
                fields.add(columns.get(i));
                // the second column (avg's count, a nullable argument's count of values) only adds
                fieldFunction.add(i == 0 ? a.function() : AggregateFunction.COUNT);
            }
        }
    }

    TypeSpec accClass(ClassName acc) {
        TypeSpec.Builder b = TypeSpec.classBuilder(acc).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The keys and accumulators of one group.\n");
        for (int i = 0; i < keyTypes.size(); i++) {
            b.addField(FieldSpec.builder(JavaTypes.of(keyTypes.get(i)), "k" + i).build());
        }
        for (int i = 0; i < fields.size(); i++) {
            b.addField(FieldSpec.builder(JavaTypes.of(fields.get(i)), "a" + i).build());
        }
        return b.build();
    }

    /**
     * Contributions of a raw row: evaluated argument values (a count contributes 1);
     * {@code argumentNulls} holds each argument's null flag (null entries when it cannot be null).
     */
    List<CodeBlock> rawContributions(List<CodeBlock> arguments, List<CodeBlock> argumentNulls) {
        List<CodeBlock> out = new ArrayList<>();
        for (int i = 0; i < aggregates.size(); i++) {
            AggregateCall a = aggregates.get(i);
            CodeBlock isNull = argumentNulls.get(i);
            CodeBlock one = isNull == null ? CodeBlock.of("1L") : CodeBlock.of("($L ? 0L : 1L)", isNull);
            switch (a.function()) {
                case COUNT -> out.add(CodeBlock.of("1L"));
                case AVG -> {
                    out.add(CodeBlock.of("(double) $L", arguments.get(i)));
                    out.add(one);
                }
                default -> {
                    out.add(arguments.get(i));
                    if (a.type().nullable()) {
                        out.add(one);
                    }
                }
            }
        }
        return out;
    }

    /** True when some aggregate's result may be null (it skips nulls of its argument). */
    boolean hasNullable() {
        return aggregates.stream().anyMatch(a -> a.type().nullable());
    }

    /** True for one count or one sum of non-null values: a single accumulator that only adds. */
    boolean singleAdditive() {
        return aggregates.size() == 1 && fields.size() == 1 && (aggregates.get(0).function() == AggregateFunction.COUNT
                || aggregates.get(0).function() == AggregateFunction.SUM);
    }

    /**
     * How a single primitive accumulator folds, or null when the aggregates need group objects:
     * {@link PrimitiveFold#ADD} for one count or sum ({@link #singleAdditive}); {@code MIN} or
     * {@code MAX} for one min or max of non-null longs (a label or a distance), whose accumulator
     * starts at the fold's identity.
     */
    PrimitiveFold primitiveFold() {
        if (singleAdditive()) {
            return PrimitiveFold.ADD;
        }
        if (aggregates.size() != 1 || fields.size() != 1
                || fields.get(0).kind() != io.nereid.compiler.types.ScalarKind.LONG || fields.get(0).nullable()) {
            return null;
        }
        return switch (aggregates.get(0).function()) {
            case MIN -> PrimitiveFold.MIN;
            case MAX -> PrimitiveFold.MAX;
            default -> null;
        };
    }

    int fieldCount() {
        return fields.size();
    }

    TypeName fieldType(int i) {
        return JavaTypes.of(fields.get(i));
    }

    /** Stores the keys and first contributions into a new group {@code g}. */
    void init(CodeBlock.Builder code, String g, List<CodeBlock> keys, List<String> contributions) {
        for (int i = 0; i < keys.size(); i++) {
            code.addStatement("$L.k$L = $L", g, i, keys.get(i));
        }
        for (int i = 0; i < fields.size(); i++) {
            code.addStatement("$L.a$L = $L", g, i, contributions.get(i));
        }
    }

    /** Folds contributions into group {@code g}. */
    void update(CodeBlock.Builder code, String g, List<String> contributions) {
        for (int i = 0; i < fields.size(); i++) {
            String v = contributions.get(i);
            switch (fieldFunction.get(i)) {
                case MIN, MAX -> {
                    String op = fieldFunction.get(i) == AggregateFunction.MIN ? "<" : ">";
                    boolean counted = i + 1 < fields.size() && fieldFunction.get(i + 1) == AggregateFunction.COUNT
                            && isCountOf(i + 1);
                    if (counted) {
                        // a null contribution (count 0) never wins; the first value (count was 0) always does
                        code.beginControlFlow("if ($L != 0 && ($L.a$L == 0 || $L))", contributions.get(i + 1), g, i + 1,
                                less(fields.get(i), v, g + ".a" + i, op));
                    } else {
                        code.beginControlFlow("if ($L)", less(fields.get(i), v, g + ".a" + i, op));
                    }
                    code.addStatement("$L.a$L = $L", g, i, v);
                    code.endControlFlow();
                }
                default -> code.addStatement("$L.a$L += $L", g, i, v);
            }
        }
    }

    /** True when field {@code i} is the count of values of the aggregate whose value is field {@code i - 1}. */
    private boolean isCountOf(int i) {
        int f = 0;
        for (AggregateCall a : aggregates) {
            int n = Combiner.partialColumns(a).size();
            if (i == f + 1 && n == 2) {
                return true;
            }
            f += n;
        }
        return false;
    }

    private static CodeBlock less(ScalarType t, String a, String b, String op) {
        return switch (t.kind()) {
            case STRING -> CodeBlock.of("$L.compareTo($L) $L 0", a, b, op);
            case DOUBLE -> CodeBlock.of("$T.compare($L, $L) $L 0", Double.class, a, b, op);
            case BOOL -> CodeBlock.of("$T.compare($L, $L) $L 0", Boolean.class, a, b, op);
            default -> CodeBlock.of("$L $L $L", a, op, b);
        };
    }

    /** The partial row of group {@code g}: keys, then every accumulator field. */
    List<CodeBlock> partialRow(String g) {
        List<CodeBlock> row = new ArrayList<>();
        for (int i = 0; i < keyTypes.size(); i++) {
            row.add(CodeBlock.of("$L.k$L", g, i));
        }
        for (int i = 0; i < fields.size(); i++) {
            row.add(CodeBlock.of("$L.a$L", g, i));
        }
        return row;
    }

    /** The final row of group {@code g}: keys, then each aggregate's value (avg divides). */
    List<CodeBlock> finalRow(String g) {
        List<CodeBlock> row = new ArrayList<>();
        for (int i = 0; i < keyTypes.size(); i++) {
            row.add(CodeBlock.of("$L.k$L", g, i));
        }
        int f = 0;
        for (AggregateCall a : aggregates) {
            if (a.function() == AggregateFunction.AVG) {
                row.add(CodeBlock.of("($L.a$L / $L.a$L)", g, f, g, f + 1));
            } else if (a.function() == AggregateFunction.SUM && a.type().kind() != fields.get(f).kind()) {
                row.add(CodeBlock.of("(($L) $L.a$L)", a.type().kind() == ScalarKind.INT ? "int" : "long", g, f));
            } else {
                row.add(CodeBlock.of("$L.a$L", g, f));
            }
            f += Combiner.partialColumns(a).size();
        }
        return row;
    }

    /** The null flags of {@link #finalRow}: an aggregate that saw no value is null; null when none can be. */
    List<CodeBlock> finalNulls(String g) {
        if (!hasNullable()) {
            return null;
        }
        List<CodeBlock> flags = new ArrayList<>();
        for (int i = 0; i < keyTypes.size(); i++) {
            flags.add(null);
        }
        int f = 0;
        for (AggregateCall a : aggregates) {
            int n = Combiner.partialColumns(a).size();
            flags.add(a.type().nullable() && n == 2 ? CodeBlock.of("($L.a$L == 0)", g, f + 1) : null);
            f += n;
        }
        return flags;
    }
}
