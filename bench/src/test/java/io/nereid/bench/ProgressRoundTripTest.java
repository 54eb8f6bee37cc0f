package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class ProgressRoundTripTest {

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3})
    void everyWorkerIsNotifiedOncePerIteration(int workers) {
        ProgressRoundTrip.Outcome o = ProgressRoundTrip.run(workers, 300);
        assertThat(o.notifications()).isEqualTo(300L * workers);
        assertThat(o.iterations()).isEqualTo(299);
        assertThat(o.nanos()).isPositive();
        assertThat(o.typicalNanos()).isPositive().isLessThanOrEqualTo(o.nanos());
    }

    @Test
    void refusesFewerThanTwoIterations() {
        assertThatThrownBy(() -> ProgressRoundTrip.run(1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iterations must be >= 2");
    }

    @Test
    void thePingPongReferenceCompletesItsRounds() {
        PingPong.Outcome o = PingPong.run(1000);
        assertThat(o.rounds()).isEqualTo(1000);
        assertThat(o.nanos()).isPositive();
        assertThat(o.typicalNanosPerRound()).isPositive().isLessThanOrEqualTo(o.nanos());
    }
}
