package io.nereid.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Folding sampled stacks into counts, and the folded text both ways. */
class FoldedStacksTest {
    @Test
    void equalStacksFoldIntoOneCountAndDifferentOnesStayApart() {
        FoldedStacks f = FoldedStacks.builder()
                .add(List.of("[main]", "a.Main.main", "a.B.work"), 1)
                .add(List.of("[main]", "a.Main.main", "a.B.work"), 1)
                .add(List.of("[main]", "a.Main.main"), 1)
                .add(List.of("[main]", "a.Main.main", "a.B.work"), 2)
                .add(List.of("[w-0]", "a.W.run"), 3)
                .build();
        assertThat(f.counts()).containsExactly(
                Map.entry(List.of("[main]", "a.Main.main"), 1L),
                Map.entry(List.of("[main]", "a.Main.main", "a.B.work"), 4L),
                Map.entry(List.of("[w-0]", "a.W.run"), 3L));
        assertThat(f.total()).isEqualTo(8);
        assertThat(f.format()).isEqualTo("[main];a.Main.main 1\n[main];a.Main.main;a.B.work 4\n[w-0];a.W.run 3\n");
    }

    @Test
    void theFoldedTextReadsBackToTheSameStacks() {
        FoldedStacks f = FoldedStacks.builder()
                .add(List.of("[nereid-worker-0]", "java.lang.Thread.run", "nq.generated.Stage13.probe"), 41)
                .add(List.of("[main]", "x.Y.<init>"), 2)
                .add(List.of("[C2 thread]", "x.Y.z"), 1)
                .build();
        assertThat(FoldedStacks.parse(f.format())).isEqualTo(f);
        assertThat(FoldedStacks.parse("\n  a;b 3\n\na;b 2\n").counts()).containsExactly(Map.entry(List.of("a", "b"), 5L));
    }

    @Test
    void aSemicolonOrLineBreakInAFrameCannotSplitIt() {
        FoldedStacks f = FoldedStacks.builder().add(List.of("a;b", "c\nd", " "), 1).build();
        assertThat(f.counts().keySet()).containsExactly(List.of("a:b", "c d", "?"));
        assertThat(FoldedStacks.parse(f.format())).isEqualTo(f);
    }

    @Test
    void nothingAddedIsEmpty() {
        FoldedStacks f = FoldedStacks.builder().add(List.of("a"), 0).build();
        assertThat(f.isEmpty()).isTrue();
        assertThat(f.format()).isEmpty();
    }

    @Test
    void aLineWithoutACountIsNamed() {
        assertThatThrownBy(() -> FoldedStacks.parse("a;b 1\na;b\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("folded stacks, line 2: expected 'frame;frame;... COUNT', got 'a;b'");
        assertThatThrownBy(() -> FoldedStacks.parse("a;b x"))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> FoldedStacks.builder().add(List.of(), 1)).hasMessage("a stack needs at least one frame");
        assertThatThrownBy(() -> FoldedStacks.builder().add(List.of("a"), -1)).hasMessage("a count cannot be negative, was -1");
    }
}
