package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowsTest {

    @Test
    void theMedianWindowIgnoresAPause() {
        // windows of 10 steps taking 10, 10, 5000 (a pause) and 20: per step 1, 1, 500, 2
        long[] stamps = {0, 10, 20, 5020, 5040, 0};
        assertThat(Windows.medianPerStep(stamps, 5, 10)).isEqualTo(1.5);
    }

    @Test
    void oneStampHasNoWindow() {
        assertThat(Windows.medianPerStep(new long[] {7}, 1, 10)).isNaN();
    }
}
