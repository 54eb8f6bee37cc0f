package io.nereid.operators.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongKeyRangesTest {
    /** Lays keys out with the builder and checks every key's range holds exactly its rows. */
    private static LongKeyRanges check(long[] keys, long[] absent) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long k : keys) {
            lo = Math.min(lo, k);
            hi = Math.max(hi, k);
        }
        LongKeyRanges.Builder b = LongKeyRanges.builder(lo, hi, keys.length);
        for (long k : keys) {
            b.count(k);
        }
        long[] sorted = new long[keys.length];
        int[] rowAt = new int[keys.length];
        boolean[] used = new boolean[keys.length];
        for (int r = 0; r < keys.length; r++) {
            int d = b.place(keys[r]);
            assertThat(used[d]).as("position %d given twice", d).isFalse();
            used[d] = true;
            sorted[d] = keys[r];
            rowAt[d] = r;
        }
        LongKeyRanges ranges = b.build();
        Map<Long, List<Integer>> rowsOf = new HashMap<>();
        for (int r = 0; r < keys.length; r++) {
            rowsOf.computeIfAbsent(keys[r], k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Long, List<Integer>> e : rowsOf.entrySet()) {
            long range = ranges.range(e.getKey());
            assertThat(range).isNotNegative();
            int from = (int) (range >>> 32);
            int length = (int) range;
            assertThat(length).isEqualTo(e.getValue().size());
            List<Integer> rows = new ArrayList<>();
            for (int d = from; d < from + length; d++) {
                assertThat(sorted[d]).isEqualTo(e.getKey());
                rows.add(rowAt[d]);
            }
            assertThat(rows).as("rows of a key keep their order").isEqualTo(e.getValue());
        }
        for (long k : absent) {
            if (!rowsOf.containsKey(k)) {
                assertThat(ranges.range(k)).isEqualTo(-1L);
            }
        }
        return ranges;
    }

    @Test
    void compactKeysAreAddressedByOffset() {
        Random random = new Random(3);
        long[] keys = new long[10_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = 1_000 + random.nextInt(5_000); // gaps: some offsets have no rows
        }
        LongKeyRanges r = check(keys, new long[] {0, 999, 6_000, 7_000, Long.MIN_VALUE, Long.MAX_VALUE, -1});
        assertThat(r.dense()).isTrue();
    }

    @Test
    void sparseOrExtremeKeysAreHashed() {
        Random random = new Random(5);
        long[] keys = new long[5_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextInt(10) == 0 ? Long.MIN_VALUE : random.nextLong() % 1_000;
        }
        keys[17] = Long.MAX_VALUE; // the span overflows a long
        LongKeyRanges r = check(keys, new long[] {5_000, 0, -5_000});
        assertThat(r.dense()).isFalse();
    }

    @Test
    void skewedAndSingleKeys() {
        long[] keys = new long[4_096];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i % 100 == 0 ? i : 42; // one key with almost every row
        }
        check(keys, new long[] {41, 43});
        assertThat(check(new long[] {-7}, new long[] {-6, -8}).dense()).isTrue();
    }

    @Test
    void noRows() {
        LongKeyRanges r = LongKeyRanges.builder(Long.MAX_VALUE, Long.MIN_VALUE, 0).build();
        assertThat(r.range(0)).isEqualTo(-1L);
    }
}
