package io.nereid.operators.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongPairCountsTest {
    private record Pair(long a, long b) {
    }

    @Test
    void countsMatchAMapOfPairs() {
        Random random = new Random(21);
        LongPairCounts counts = new LongPairCounts();
        Map<Pair, Integer> ref = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            long a = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(3_000);
            long b = random.nextInt(4) == 0 ? Long.MIN_VALUE + random.nextInt(2) : random.nextInt(50);
            int delta = random.nextBoolean() ? 1 : -1;
            counts.add(a, b, delta);
            ref.merge(new Pair(a, b), delta, Integer::sum);
            if (i % 997 == 0) {
                assertThat(counts.anyNonZero()).isEqualTo(ref.values().stream().anyMatch(c -> c != 0));
            }
        }
        for (Map.Entry<Pair, Integer> e : ref.entrySet()) {
            assertThat(counts.count(e.getKey().a(), e.getKey().b())).isEqualTo(e.getValue());
        }
    }

    @Test
    void aRoundThatGivesBackTheSameRowsChangesNothing() {
        LongPairCounts counts = new LongPairCounts();
        for (long n = 0; n < 10_000; n++) {
            counts.add(n, n % 7, 1);
        }
        assertThat(counts.anyNonZero()).isTrue();
        for (long n = 9_999; n >= 0; n--) {
            counts.add(n, n % 7, -1);
        }
        assertThat(counts.anyNonZero()).isFalse();
        counts.add(5, 6, -1); // a row of the next round that was not in this one
        assertThat(counts.anyNonZero()).isTrue();
        counts.clear();
        assertThat(counts.anyNonZero()).isFalse();
        assertThat(counts.size()).isZero();
        assertThat(counts.count(5, 6)).isZero();
        counts.add(5, 6, 1);
        assertThat(counts.count(5, 6)).isEqualTo(1);
    }
}
