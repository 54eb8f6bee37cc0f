package io.nereid.operators.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongRowHeadsTest {
    /** Chains rows by key as a hash join's build does and checks each chain against a reference. */
    private static LongRowHeads check(long[] keys, long[] absent) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long k : keys) {
            lo = Math.min(lo, k);
            hi = Math.max(hi, k);
        }
        LongRowHeads heads = LongRowHeads.forRange(lo, hi, keys.length);
        int[] next = new int[keys.length];
        for (int r = 0; r < keys.length; r++) {
            next[r] = heads.put(keys[r], r);
        }
        Map<Long, List<Integer>> rowsOf = new HashMap<>();
        for (int r = keys.length - 1; r >= 0; r--) {
            rowsOf.computeIfAbsent(keys[r], k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Long, List<Integer>> e : rowsOf.entrySet()) {
            List<Integer> chain = new ArrayList<>();
            for (int m = heads.head(e.getKey()); m >= 0; m = next[m]) {
                chain.add(m);
            }
            assertThat(chain).isEqualTo(e.getValue());
        }
        for (long k : absent) {
            if (!rowsOf.containsKey(k)) {
                assertThat(heads.head(k)).isEqualTo(-1);
            }
        }
        return heads;
    }

    @Test
    void compactKeys() {
        Random random = new Random(11);
        long[] keys = new long[3_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = 10 + random.nextInt(9_000); // sparse within the span: many offsets stay empty
        }
        assertThat(check(keys, new long[] {0, 9, 9_010, Long.MIN_VALUE, Long.MAX_VALUE}).dense()).isTrue();
    }

    @Test
    void wideKeys() {
        Random random = new Random(13);
        long[] keys = new long[2_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextInt(4) == 0 ? Long.MAX_VALUE - random.nextInt(3) : random.nextInt(50) * 1_000_003L;
        }
        assertThat(check(keys, new long[] {1, -1, Long.MIN_VALUE}).dense()).isFalse();
    }
}
