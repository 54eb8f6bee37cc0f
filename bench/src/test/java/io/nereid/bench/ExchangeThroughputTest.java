package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.data.LongBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class ExchangeThroughputTest {
    private static final int B = ExchangeThroughput.BATCH;

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3})
    void everyRecordArrivesExactlyOnce(int workers) {
        long perWorker = 37L * B; // more than two rounds, the last one partial
        ExchangeThroughput.Outcome o = ExchangeThroughput.run(workers, perWorker, LongBatch.BY_VALUE);
        assertThat(o.records()).isEqualTo(workers * perWorker);
        assertThat(o.sum()).isEqualTo(ExchangeThroughput.expectedSum(workers, perWorker));
    }

    @Test
    void expectedSumIsTheSumOfAllProducedValues() {
        assertThat(ExchangeThroughput.expectedSum(2, 3)).isEqualTo(0 + 1 + 2 + 3 + 4 + 5);
    }

    @Test
    void refusesRecordCountsThatAreNotWholeBatches() {
        assertThatThrownBy(() -> ExchangeThroughput.run(2, B + 1, LongBatch.BY_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of " + B);
    }

    @Test
    void theHandOffReferenceDeliversEveryRecordOnce() {
        long n = 100L * B;
        BatchHandOff.Outcome o = BatchHandOff.run(n, B);
        assertThat(o.records()).isEqualTo(n);
        assertThat(o.sum()).isEqualTo(n * (n - 1) / 2);
    }
}
