package io.nereid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyedAnswerTest {
    private static KeyedAnswer answer(long[] keys, double... values) {
        return new KeyedAnswer("ranks", keys, values);
    }

    @Test
    void equalAnswersHaveNoDifference() {
        assertThat(answer(new long[] {1, 2}, 0.5, 7).firstDifference(answer(new long[] {1, 2}, 0.5, 7), 0)).isNull();
    }

    @Test
    void valuesWithinTheRelativeToleranceAgree() {
        KeyedAnswer a = answer(new long[] {1}, 1000.0);
        assertThat(a.firstDifference(answer(new long[] {1}, 1000.0 + 1e-7), 1e-9)).isNull();
        assertThat(a.firstDifference(answer(new long[] {1}, 1000.0 + 1e-5), 1e-9)).startsWith("key 1: 1000 against 1000.00001");
    }

    @Test
    void exactAnswersNameTheFirstDifferentValue() {
        assertThat(answer(new long[] {0, 3}, 5, 6).firstDifference(answer(new long[] {0, 3}, 5, 7), 0))
                .isEqualTo("key 3: 6 against 7");
    }

    @Test
    void aKeyInOneAnswerOnlyIsADifference() {
        assertThat(answer(new long[] {0, 3}, 5, 6).firstDifference(answer(new long[] {0, 4}, 5, 6), 0))
                .isEqualTo("row 1: key 3 is in one answer only (2 rows against 2)");
        assertThat(answer(new long[] {0}, 5).firstDifference(answer(new long[] {0, 4}, 5, 6), 0))
                .isEqualTo("1 rows against 2 (key 4 is in one answer only)");
    }

    @Test
    void aNanValueNeverAgrees() {
        assertThat(answer(new long[] {0}, Double.NaN).firstDifference(answer(new long[] {0}, Double.NaN), 1)).isNotNull();
    }

    @Test
    void aCorruptedAnswerDiffers() {
        KeyedAnswer a = answer(new long[] {2, 9}, 1, 2);
        assertThat(a.corrupted().firstDifference(a, 0)).isEqualTo("key 2: 2 against 1");
        KeyedAnswer empty = answer(new long[0]);
        assertThat(empty.corrupted().firstDifference(empty, 0)).isNotNull();
    }

    @Test
    void keysMustIncrease() {
        assertThatThrownBy(() -> answer(new long[] {2, 2}, 1, 1)).hasMessage("ranks: keys must strictly increase, got 2 before 2");
    }
}
