package io.nereid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Groups with no group objects at all: when the key fits a long (or there is none) and the only
 * aggregate is a count or a sum, the groups are one Eclipse Collections {@code LongLongHashMap}
 * or {@code LongDoubleHashMap} folded with {@code addToValue} (PageRank's per-destination sums).
 */
final class PrimitiveGroups {
    private final List<ScalarType> keyTypes;
    private final TypeName map;

    private PrimitiveGroups(List<ScalarType> keyTypes, TypeName map) {
        this.keyTypes = keyTypes;
        this.map = map;
    }

    /** The primitive form of these groups, or null when they need group objects. */
    static PrimitiveGroups of(KeyCode key, List<ScalarType> keyTypes, AggregateCode agg) {
        if (!key.isPrimitive() || !agg.singleAdditive()) {
            return null;
        }
        TypeName value = agg.fieldType(0);
        return new PrimitiveGroups(List.copyOf(keyTypes),
                value.equals(TypeName.DOUBLE) ? RuntimeNames.LONG_DOUBLE_MAP : RuntimeNames.LONG_LONG_MAP);
    }

    TypeName mapType() {
        return map;
    }

    /** Adds a contribution to the group of {@code key} (a long expression). */
    void add(CodeBlock.Builder code, String groups, CodeBlock key, CodeBlock contribution) {
        code.addStatement("$L.addToValue($L, $L)", groups, key, contribution);
    }

    /** Runs {@code body} on each group's row (the key columns, then the value). */
    void forEach(CodeBlock.Builder code, String groups, Consumer<List<CodeBlock>> body) {
        code.addStatement("final $T it = $L.keySet().longIterator()", RuntimeNames.LONG_ITERATOR, groups);
        code.beginControlFlow("while (it.hasNext())");
        code.addStatement("final long k = it.next()");
        List<CodeBlock> row = new ArrayList<>();
        if (!keyTypes.isEmpty()) {
            row.add(keyTypes.get(0).kind() == io.nereid.compiler.types.ScalarKind.LONG ? CodeBlock.of("k")
                    : CodeBlock.of("(int) k"));
        }
        row.add(CodeBlock.of("$L.get(k)", groups));
        body.accept(row);
        code.endControlFlow();
    }
}
