package io.nereid.operators.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongKeyedSlotsTest {
    /** Keys of every kind: compact, in arrival order that forces growth, negative, huge, extreme. */
    private static long key(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> -1 - random.nextInt(1_000);
            case 1 -> Long.MAX_VALUE - random.nextInt(3);
            case 2 -> Long.MIN_VALUE + random.nextInt(3);
            case 3 -> (1L << 40) + random.nextInt(1_000);
            default -> random.nextInt(200_000);
        };
    }

    private static Map<Long, Long> drain(LongKeyedSlots m) {
        Map<Long, Long> seen = new HashMap<>();
        m.start();
        while (m.advance()) {
            assertThat(seen.put(m.key(), m.value())).as("each key once").isNull();
        }
        return seen;
    }

    @Test
    void aMapMatchesAHashMapThroughGrowthAndClear() {
        Random random = new Random(17);
        LongKeyedSlots m = LongKeyedSlots.map();
        Map<Long, Long> ref = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 60_000; i++) {
                long k = key(random);
                long v = random.nextInt(1_000) - 500;
                switch (random.nextInt(3)) {
                    case 0 -> {
                        m.addToValue(k, v);
                        ref.merge(k, v, Long::sum);
                    }
                    case 1 -> {
                        m.put(k, v);
                        ref.put(k, v);
                    }
                    default -> {
                        assertThat(m.containsKey(k)).isEqualTo(ref.containsKey(k));
                        assertThat(m.getIfAbsent(k, 42L)).isEqualTo(ref.getOrDefault(k, 42L));
                    }
                }
            }
            assertThat(m.size()).isEqualTo(ref.size());
            assertThat(drain(m)).isEqualTo(ref);
            m.clear();
            ref.clear();
            assertThat(m.size()).isZero();
            assertThat(drain(m)).isEmpty();
        }
    }

    @Test
    void doubleSumsMatch() {
        Random random = new Random(5);
        LongKeyedSlots m = LongKeyedSlots.map();
        Map<Long, Double> ref = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            long k = key(random);
            double v = random.nextDouble() - 0.5;
            m.addToDouble(k, v);
            ref.merge(k, v, Double::sum);
        }
        Map<Long, Double> got = new HashMap<>();
        m.start();
        while (m.advance()) {
            got.put(m.key(), m.doubleValue());
        }
        assertThat(got).isEqualTo(ref);
    }

    @Test
    void aSetMatchesAHashSetAndVisitsCompactKeysInOrder() {
        Random random = new Random(9);
        LongKeyedSlots s = LongKeyedSlots.set();
        Set<Long> ref = new HashSet<>();
        for (int i = 0; i < 80_000; i++) {
            long k = key(random);
            assertThat(s.add(k)).isEqualTo(ref.add(k));
            long probe = key(random);
            assertThat(s.contains(probe)).isEqualTo(ref.contains(probe));
        }
        assertThat(s.size()).isEqualTo(ref.size());
        long last = -1;
        Set<Long> seen = new HashSet<>();
        s.start();
        boolean inArrays = true;
        while (s.advance()) {
            long k = s.key();
            if (inArrays && k >= 0 && k > last && k < 200_000) {
                last = k;
            } else {
                inArrays = false;
            }
            seen.add(k);
        }
        assertThat(seen).isEqualTo(ref);
        assertThat(last).as("compact keys come first, in order").isGreaterThan(100_000);
    }
}
