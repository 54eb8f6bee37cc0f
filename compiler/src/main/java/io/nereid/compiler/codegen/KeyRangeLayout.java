package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.nereid.compiler.physical.RecordType;
import java.util.Arrays;

/**
 * The code that lays an invariant join's rows, kept in the batches they arrived in, out grouped by
 * key (CSR) by a counting sort: a pass for the keys' range, a pass that counts the rows of each
 * key, prefix sums, then a scatter into one new batch. Each key's range goes into a
 * {@code key -> (from << 32 | length)} map: {@code LongKeyRanges} for long keys (an array by key
 * offset when keys are compact, as node ids are, so neither the layout nor the probe hashes), an
 * object map for others. Shared by the invariant join (one index for the run) and the per-round
 * one (an index per round of an enclosing loop).
 */
final class KeyRangeLayout {
    private KeyRangeLayout() {
    }

    /** The type of the ranges field: {@code LongKeyRanges} for primitive keys, else an object-to-long map. */
    static TypeName rangesType(KeyCode key) {
        return key.isPrimitive() ? RuntimeNames.LONG_KEY_RANGES : key.longMap();
    }

    /** The ranges field's initial value: none until laid out (primitive keys), else an empty map. */
    static CodeBlock rangesInitializer(KeyCode key) {
        return key.isPrimitive() ? CodeBlock.of("null") : CodeBlock.of("new $T()", key.longMap());
    }

    /** The packed range ({@code from << 32 | length}, or -1) of {@code keyExpr} in {@code ranges}. */
    static CodeBlock lookup(KeyCode key, String ranges, String keyExpr) {
        return key.isPrimitive() ? CodeBlock.of("$L.range($L)", ranges, keyExpr)
                : CodeBlock.of("$L.getIfAbsent($L, -1L)", ranges, keyExpr);
    }

    /**
     * Lays the rows of the batches in {@code chunks} (a list of class {@code batch}, as they
     * arrived) out grouped by key into a new batch assigned to {@code target}, and sets or fills
     * {@code ranges}; {@code keyOfRow} gives the key of row {@code r} of a chunk named by its
     * argument. Long keys are scattered straight from the chunks; other keys are gathered into one
     * batch first.
     */
    static CodeBlock layoutChunks(KeyCode key, ClassName batch, RecordType t, String chunks,
            java.util.function.Function<String, CodeBlock> keyOfRow, String target, String ranges) {
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("int rows = 0")
                .beginControlFlow("for ($T ch : $L)", batch, chunks)
                .addStatement("rows += ch.size")
                .endControlFlow();
        if (!key.isPrimitive()) {
            return code.addStatement("$L = new $T()", target, batch)
                    .addStatement("$L.grow(rows)", target)
                    .beginControlFlow("for ($T ch : $L)", batch, chunks)
                    .addStatement("$L.addAll(ch)", target)
                    .endControlFlow()
                    .addStatement("$L.clear()", chunks)
                    .add(hashed(key, batch, t, target, keyOfRow.apply(target), ranges))
                    .build();
        }
        return code.addStatement("final int n = rows")
                .addStatement("long lo = Long.MAX_VALUE")
                .addStatement("long hi = Long.MIN_VALUE")
                .beginControlFlow("for ($T ch : $L)", batch, chunks)
                .beginControlFlow("for (int r = 0; r < ch.size; r++)")
                .addStatement("final long key = $L", keyOfRow.apply("ch"))
                .addStatement("lo = Math.min(lo, key)")
                .addStatement("hi = Math.max(hi, key)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("final $T.Builder layout = $T.builder(lo, hi, n)", RuntimeNames.LONG_KEY_RANGES,
                        RuntimeNames.LONG_KEY_RANGES)
                .beginControlFlow("for ($T ch : $L)", batch, chunks)
                .beginControlFlow("for (int r = 0; r < ch.size; r++)")
                .addStatement("layout.count($L)", keyOfRow.apply("ch"))
                .endControlFlow()
                .endControlFlow()
                .addStatement("final $T sorted = new $T()", batch, batch)
                .addStatement("sorted.grow(n)")
                .beginControlFlow("for ($T ch : $L)", batch, chunks)
                .beginControlFlow("for (int r = 0; r < ch.size; r++)")
                .addStatement("final int d = layout.place($L)", keyOfRow.apply("ch"))
                .add(copy(t, "ch"))
                .endControlFlow()
                .endControlFlow()
                .addStatement("sorted.size = n")
                .addStatement("$L.clear()", chunks)
                .addStatement("$L = sorted", target)
                .addStatement("$L = layout.build()", ranges)
                .build();
    }

    private static CodeBlock copy(RecordType t, String rows) {
        CodeBlock.Builder copy = CodeBlock.builder();
        for (int c = 0; c < t.size(); c++) {
            copy.addStatement("sorted.c$L[d] = $L.c$L[r]", c, rows, c);
            if (t.column(c).nullable()) {
                copy.addStatement("sorted.n$L[d] = $L.n$L[r]", c, rows, c);
            }
        }
        return copy.build();
    }

    /** Composite or string keys: a per-row group number through an object map, then a scatter. */
    private static CodeBlock hashed(KeyCode key, ClassName batch, RecordType t, String rows, CodeBlock keyOfRow,
            String ranges) {
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
                .add(copy(t, rows))
                .endControlFlow()
                .addStatement("sorted.size = n")
                .addStatement("$L = sorted", rows)
                .build();
    }
}
