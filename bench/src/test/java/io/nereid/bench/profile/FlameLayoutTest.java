package io.nereid.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Where frames go: widths in samples, callees inside their callers, small frames left out. */
class FlameLayoutTest {
    private static FoldedStacks sample() {
        return FoldedStacks.builder()
                .add(List.of("[main]", "M.main"), 10)
                .add(List.of("[w]", "T.run", "A.a"), 50)
                .add(List.of("[w]", "T.run", "A.a", "X.x"), 30)
                .add(List.of("[w]", "T.run", "B.b"), 9)
                .add(List.of("[w]", "T.run", "B.b", "Y.y"), 1)
                .build();
    }

    @Test
    void framesSpanTheirSamplesAndSitSideBySideInNameOrder() {
        FlameLayout l = FlameLayout.of(sample(), 0);
        assertThat(l.total()).isEqualTo(100);
        assertThat(l.depth()).isEqualTo(4);
        assertThat(l.pruned()).isZero();
        assertThat(l.frames()).containsExactly(
                new FlameLayout.Frame("[main]", 0, 0, 10),
                new FlameLayout.Frame("M.main", 1, 0, 10),
                new FlameLayout.Frame("[w]", 0, 10, 90),
                new FlameLayout.Frame("T.run", 1, 10, 90),
                new FlameLayout.Frame("A.a", 2, 10, 80),
                new FlameLayout.Frame("X.x", 3, 10, 30),
                new FlameLayout.Frame("B.b", 2, 90, 10),
                new FlameLayout.Frame("Y.y", 3, 90, 1));
        assertThat(l.frames().get(4).percent(l.total())).isEqualTo(80.0);
        assertThat(l.frames().get(7).percent(l.total())).isEqualTo(1.0);
    }

    @Test
    void framesUnderTheShareAreLeftOutWithTheirCallees() {
        FoldedStacks f = FoldedStacks.builder()
                .add(List.of("[w]", "A.a"), 97)
                .add(List.of("[w]", "B.b", "C.c"), 2)
                .add(List.of("[w]", "D.d"), 1)
                .build();
        FlameLayout l = FlameLayout.of(f, 0.025);
        assertThat(l.frames()).extracting(FlameLayout.Frame::name).containsExactly("[w]", "A.a");
        assertThat(l.pruned()).isEqualTo(2);
        assertThat(l.frames().get(0).samples()).as("the caller keeps its full width").isEqualTo(100);
        assertThat(FlameLayout.of(f, 0.02).frames()).extracting(FlameLayout.Frame::name)
                .containsExactly("[w]", "A.a", "B.b", "C.c");
    }

    @Test
    void onRandomStacksTheWidthsAddUpAtEveryLevel() {
        SplittableRandom random = new SplittableRandom(7);
        FoldedStacks.Builder b = FoldedStacks.builder();
        for (int i = 0; i < 500; i++) {
            int depth = 1 + random.nextInt(8);
            String[] frames = new String[depth];
            for (int d = 0; d < depth; d++) {
                frames[d] = "f" + random.nextInt(4);
            }
            b.add(List.of(frames), 1 + random.nextInt(20));
        }
        FoldedStacks stacks = b.build();
        FlameLayout l = FlameLayout.of(stacks, 0);
        assertThat(l.total()).isEqualTo(stacks.total());
        assertThat(l.frames().stream().filter(f -> f.depth() == 0).mapToLong(FlameLayout.Frame::samples).sum())
                .isEqualTo(stacks.total());
        assertThat(l.frames().stream().filter(f -> f.depth() == 0).mapToDouble(f -> f.percent(l.total())).sum())
                .isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        for (FlameLayout.Frame parent : l.frames()) {
            List<FlameLayout.Frame> callees = l.frames().stream()
                    .filter(c -> c.depth() == parent.depth() + 1 && c.start() >= parent.start()
                            && c.start() < parent.start() + parent.samples())
                    .toList();
            long inside = callees.stream().mapToLong(FlameLayout.Frame::samples).sum();
            assertThat(inside).as("callees of %s", parent).isLessThanOrEqualTo(parent.samples());
            assertThat(callees).allMatch(c -> c.start() + c.samples() <= parent.start() + parent.samples());
        }
        // no two frames of one level overlap, and the leaves account for every sample
        for (int d = 0; d < l.depth(); d++) {
            int level = d;
            List<FlameLayout.Frame> row = l.frames().stream().filter(f -> f.depth() == level)
                    .sorted(java.util.Comparator.comparingLong(FlameLayout.Frame::start)).toList();
            for (int i = 1; i < row.size(); i++) {
                assertThat(row.get(i).start()).isGreaterThanOrEqualTo(row.get(i - 1).start() + row.get(i - 1).samples());
            }
        }
    }

    @Test
    void anEmptyProfileHasNoFramesAndABadShareIsRefused() {
        FlameLayout l = FlameLayout.of(FoldedStacks.builder().build(), 0.01);
        assertThat(l.frames()).isEmpty();
        assertThat(l.total()).isZero();
        assertThatThrownBy(() -> FlameLayout.of(sample(), 1.0)).hasMessage("minFraction must be in [0, 1), was 1.0");
    }
}
