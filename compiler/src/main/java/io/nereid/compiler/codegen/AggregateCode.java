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
            for (ScalarType t : Combiner.partialColumns(a)) {
                fields.add(a.function() == AggregateFunction.SUM ? Combiner.sumType(a) : t);
                fieldFunction.add(a.function());
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

    /** Contributions of a raw row: evaluated argument values (a count contributes 1). */
    List<CodeBlock> rawContributions(List<CodeBlock> arguments) {
        List<CodeBlock> out = new ArrayList<>();
        for (int i = 0; i < aggregates.size(); i++) {
            AggregateFunction f = aggregates.get(i).function();
            if (f == AggregateFunction.COUNT) {
                out.add(CodeBlock.of("1L"));
            } else if (f == AggregateFunction.AVG) {
                out.add(CodeBlock.of("(double) $L", arguments.get(i)));
                out.add(CodeBlock.of("1L"));
            } else {
                out.add(arguments.get(i));
            }
        }
        return out;
    }

    /** True for one count or one sum: a single accumulator that only adds. */
    boolean singleAdditive() {
        return aggregates.size() == 1 && (aggregates.get(0).function() == AggregateFunction.COUNT
                || aggregates.get(0).function() == AggregateFunction.SUM);
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
                    code.beginControlFlow("if ($L)", less(fields.get(i), v, g + ".a" + i, op));
                    code.addStatement("$L.a$L = $L", g, i, v);
                    code.endControlFlow();
                }
                default -> code.addStatement("$L.a$L += $L", g, i, v);
            }
        }
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
                f += 2;
            } else if (a.function() == AggregateFunction.SUM && a.type().kind() != fields.get(f).kind()) {
                row.add(CodeBlock.of("(($L) $L.a$L)", a.type().kind() == ScalarKind.INT ? "int" : "long", g, f));
                f++;
            } else {
                row.add(CodeBlock.of("$L.a$L", g, f));
                f++;
            }
        }
        return row;
    }
}
