package io.nereid.operators.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongSlotsTest {
    private static LongSlots check(long[] keys) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long k : keys) {
            lo = Math.min(lo, k);
            hi = Math.max(hi, k);
        }
        LongSlots slots = LongSlots.forRange(lo, hi, keys.length);
        Map<Long, Integer> seen = new HashMap<>();
        Map<Integer, Long> owner = new HashMap<>();
        for (long k : keys) {
            int s = slots.slot(k);
            assertThat(s).isBetween(0, slots.size() - 1);
            Integer before = seen.putIfAbsent(k, s);
            assertThat(before == null ? s : before).as("a key keeps its slot").isEqualTo(s);
            Long other = owner.putIfAbsent(s, k);
            assertThat(other == null ? k : other).as("a slot has one key").isEqualTo(k);
            assertThat(slots.key(s)).isEqualTo(k);
        }
        return slots;
    }

    @Test
    void compactKeysAreOffsets() {
        Random random = new Random(1);
        long[] keys = new long[20_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = -500 + random.nextInt(15_000);
        }
        LongSlots s = check(keys);
        assertThat(s.dense()).isTrue();
        assertThat(s.size()).isLessThanOrEqualTo(15_000);
    }

    @Test
    void sparseKeysAreNumberedInOrderOfSight() {
        long[] keys = {Long.MAX_VALUE, 7, Long.MIN_VALUE, 7, 1L << 40, Long.MAX_VALUE};
        LongSlots s = check(keys);
        assertThat(s.dense()).isFalse();
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.slot(Long.MIN_VALUE)).isEqualTo(2);
    }
}
