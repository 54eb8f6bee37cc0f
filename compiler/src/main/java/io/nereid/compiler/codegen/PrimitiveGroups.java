package io.nereid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Groups with no group objects at all: when the key fits a long (or there is none) and the only
 * aggregate is a count or a sum, the groups are one {@code LongKeyedSlots} map (arrays indexed by
 * the key when keys are compact, a primitive hash map otherwise) folded with {@code addToValue}
 * or {@code addToDouble} (PageRank's per-destination sums); a min or max of non-null longs
 * (connected components' labels, BFS distances) uses the same map, whose entry is replaced when
 * the contribution wins.
 */
final class PrimitiveGroups {
    private final List<ScalarType> keyTypes;
    private final boolean doubleValue;
    private final PrimitiveFold fold;

    private PrimitiveGroups(List<ScalarType> keyTypes, TypeName value, PrimitiveFold fold) {
        this.keyTypes = keyTypes;
        this.doubleValue = value.equals(TypeName.DOUBLE);
        this.fold = fold;
    }

    /** The primitive form of these groups, or null when they need group objects. */
    static PrimitiveGroups of(KeyCode key, List<ScalarType> keyTypes, AggregateCode agg) {
        PrimitiveFold fold = agg.primitiveFold();
        if (!key.isPrimitive() || fold == null) {
            return null;
        }
        return new PrimitiveGroups(List.copyOf(keyTypes), agg.fieldType(0), fold);
    }

    TypeName mapType() {
        return RuntimeNames.LONG_KEYED_SLOTS;
    }

    /** A new, empty map of groups. */
    CodeBlock newMap() {
        return CodeBlock.of("$T.map()", RuntimeNames.LONG_KEYED_SLOTS);
    }

    /** Adds a contribution to the group of {@code key} (a long expression). */
    void add(CodeBlock.Builder code, String groups, CodeBlock key, CodeBlock contribution) {
        if (fold == PrimitiveFold.ADD) {
            code.addStatement("$L.$L($L, $L)", groups, doubleValue ? "addToDouble" : "addToValue", key, contribution);
            return;
        }
        // the identity stands for "absent": a contribution equal to it only needs entering when absent
        code.add("{\n$>");
        // names of their own: the block may sit inside a probe that has a "key" already
        code.addStatement("final long groupKey = $L", key);
        code.addStatement("final long folded = $L", contribution);
        code.addStatement("final long before = $L.getIfAbsent(groupKey, $L)", groups, fold.identity());
        code.beginControlFlow("if (folded $L before || before == $L && !$L.containsKey(groupKey))",
                fold == PrimitiveFold.MIN ? "<" : ">", fold.identity(), groups);
        code.addStatement("$L.put(groupKey, folded)", groups);
        code.endControlFlow();
        code.add("$<}\n");
    }

    /** How the accumulator folds. */
    PrimitiveFold fold() {
        return fold;
    }

    /** Runs {@code body} on each group's row (the key columns, then the value). */
    void forEach(CodeBlock.Builder code, String groups, Consumer<List<CodeBlock>> body) {
        code.addStatement("$L.start()", groups);
        code.beginControlFlow("while ($L.advance())", groups);
        code.addStatement("final long k = $L.key()", groups);
        List<CodeBlock> row = new ArrayList<>();
        if (!keyTypes.isEmpty()) {
            row.add(keyTypes.get(0).kind() == io.nereid.compiler.types.ScalarKind.LONG ? CodeBlock.of("k")
                    : CodeBlock.of("(int) k"));
        }
        row.add(CodeBlock.of("$L.$L()", groups, doubleValue ? "doubleValue" : "value"));
        body.accept(row);
        code.endControlFlow();
    }
}
