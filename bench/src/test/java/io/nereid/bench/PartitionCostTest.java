package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.runtime.data.LongBatch;
import org.junit.jupiter.api.Test;

class PartitionCostTest {

    @Test
    void bothPartitionLoopsReportAPositiveCostPerRecord() {
        assertThat(PartitionCost.runtimeNanosPerRecord(LongBatch.BY_VALUE, 2, 4096, 10)).isPositive().isFinite();
        assertThat(PartitionCost.rawNanosPerRecord(3, 4096, 10)).isPositive().isFinite();
    }
}
