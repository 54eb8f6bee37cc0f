package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.nereid.compiler.physical.RecordType;
import java.util.Arrays;

/**
 * The code that lays a complete batch of an invariant join's rows out grouped by key (CSR), by a
 * counting sort: one key lookup per row to number its group and count it, prefix sums, then a
 * scatter into a new batch; each key's range goes into a {@code key -> (from << 32 | length)}
 * map. Shared by the invariant join (one index for the run) and the per-round one (an index per
 * round of an enclosing loop).
 */
final class KeyRangeLayout {
    private KeyRangeLayout() {
    }

    /**
     * Replaces the batch {@code rows} (an assignable expression of class {@code batch}) by its rows
     * grouped by key and fills the map {@code ranges}; {@code keyOfRow} is the key of row {@code r}
     * of {@code rows}.
     */
    static CodeBlock layout(KeyCode key, ClassName batch, RecordType t, String rows, CodeBlock keyOfRow,
            String ranges) {
        CodeBlock.Builder copy = CodeBlock.builder();
        for (int c = 0; c < t.size(); c++) {
            copy.addStatement("sorted.c$L[d] = $L.c$L[r]", c, rows, c);
            if (t.column(c).nullable()) {
                copy.addStatement("sorted.n$L[d] = $L.n$L[r]", c, rows, c);
            }
        }
        return CodeBlock.builder()
                .addStatement("final int n = $L.size", rows)
                .addStatement("final $T groupOf = new $T()", key.intMap(), key.intMap())
                .addStatement("final int[] group = new int[n]")
                .addStatement("int[] count = new int[64]")
                .addStatement("int groups = 0")
                .beginControlFlow("for (int r = 0; r < n; r++)")
                .addStatement("final $T key = $L", key.keyType(), keyOfRow)
                .addStatement("int gi = groupOf.getIfAbsent(key, -1)")
                .beginControlFlow("if (gi < 0)")
                .addStatement("gi = groups++")
                .addStatement("groupOf.put(key, gi)")
                .beginControlFlow("if (gi == count.length)")
                .addStatement("count = $T.copyOf(count, gi * 2)", Arrays.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("count[gi]++")
                .addStatement("group[r] = gi")
                .endControlFlow()
                .addStatement("final int[] start = new int[groups + 1]")
                .beginControlFlow("for (int gi = 0; gi < groups; gi++)")
                .addStatement("start[gi + 1] = start[gi] + count[gi]")
                .endControlFlow()
                .addStatement("groupOf.forEachKeyValue((k, gi) -> $L.put(k, ((long) start[gi] << 32) | "
                        + "(start[gi + 1] - start[gi])))", ranges)
                .addStatement("final int[] pos = $T.copyOf(start, groups)", Arrays.class)
                .addStatement("final $T sorted = new $T()", batch, batch)
                .addStatement("sorted.grow(n)")
                .beginControlFlow("for (int r = 0; r < n; r++)")
                .addStatement("final int d = pos[group[r]]++")
                .add(copy.build())
                .endControlFlow()
                .addStatement("sorted.size = n")
                .addStatement("$L = sorted", rows)
                .build();
    }
}
