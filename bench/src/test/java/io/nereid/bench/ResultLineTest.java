package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultLineTest {

    @Test
    void printsNameAndFieldsInOrder() {
        ResultLine r = ResultLine.of("progress-roundtrip").with("workers", 2).with("us_per_iter", 3.14159, 2)
                .with("goal_met", true).with("goal", "5");
        assertThat(r).hasToString("RESULT progress-roundtrip workers=2 us_per_iter=3.14 goal_met=true goal=5");
    }

    @Test
    void refusesWordsThatWouldBreakTheLine() {
        assertThatThrownBy(() -> ResultLine.of("two words")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'two words'");
        assertThatThrownBy(() -> ResultLine.of("x").with("a=b", "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
