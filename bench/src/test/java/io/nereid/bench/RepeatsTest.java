package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class RepeatsTest {

    @Test
    void interleavesTheBodiesAfterTheirWarmUps() {
        List<String> calls = new ArrayList<>();
        int[] n = new int[2];
        List<DoubleSupplier> bodies = List.of(() -> {
            calls.add("a");
            return ++n[0];
        }, () -> {
            calls.add("b");
            return 10 * ++n[1];
        });
        double[][] figures = Repeats.interleaved(1, 2, bodies);
        assertThat(calls).containsExactly("a", "b", "a", "b", "a", "b");
        assertThat(figures[0]).containsExactly(2, 3);
        assertThat(figures[1]).containsExactly(20, 30);
    }

    @Test
    void summarizesBestAndMedian() {
        assertThat(Repeats.least(new double[] {3, 1, 2, 10})).isEqualTo(new Repeats.Summary(1, 2.5));
        assertThat(Repeats.most(new double[] {3, 1, 2})).isEqualTo(new Repeats.Summary(3, 2));
    }

    @Test
    void pairsTheRatiosRoundByRound() {
        // round 2 ran under load on both sides: its ratio is like the others
        assertThat(Repeats.medianRatio(new double[] {2, 3, 40}, new double[] {1, 1, 20})).isEqualTo(2);
    }

    @Test
    void refusesToRunNothing() {
        assertThatThrownBy(() -> Repeats.interleaved(0, 0, List.of(() -> 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
