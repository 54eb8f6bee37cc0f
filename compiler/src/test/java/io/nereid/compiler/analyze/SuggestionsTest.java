package io.nereid.compiler.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void swappedLettersAreOneEditAway() {
        assertThat(io.nereid.compiler.diag.EditDistance.between("dts", "dst")).isEqualTo(1);
        assertThat(Suggestions.closest("dts", List.of("src", "dst"))).contains("dst");
    }

    @Test
    void farNamesAreNotSuggested() {
        assertThat(Suggestions.closest("weight", List.of("src", "dst"))).isEmpty();
        assertThat(Suggestions.closest("lenght", List.of("length", "lower"))).contains("length");
    }
}
