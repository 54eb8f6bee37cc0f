package io.nereid.compiler.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.physical.PhysicalPlanner;
import org.junit.jupiter.api.Test;

/** How {@code threshold(n)} and {@code apply(MyVertex, ...)} print in logical and physical plans. */
class ThresholdApplyPlanTest {
    private static final String PROGRAM = """
            import java io.nereid.compiler.analyze.vertices.RunningCount;
            input words : (word: string, k: long);
            param n : long = 4;
            let frequent = words.threshold(n);
            let keys = (from w in words select (k: w.k)).threshold(2);
            let counted = keys.apply(RunningCount, 7);
            output frequent;
            output counted;
            """;

    @Test
    void logicalPlanShowsTheCountAndTheVertex() {
        String plan = Frontend.compile("t.nq", PROGRAM).optimized().print();
        assertThat(plan).contains("Threshold[?n] -> (word: string, k: long)");
        assertThat(plan).contains("Apply[io.nereid.compiler.analyze.vertices.RunningCount(7L), by #0] -> (k: long, n: long)");
        assertThat(plan).contains("Threshold[2L] -> (k: long)");
    }

    @Test
    void physicalPlanExchangesOnTheWholeRowAndTheVertexKey() {
        String plan = PhysicalPlanner.plan(Frontend.compile("t.nq", PROGRAM).optimized()).print();
        assertThat(plan).contains("threshold ?n").contains("threshold 2")
                .contains("custom vertex io.nereid.compiler.analyze.vertices.RunningCount(7L)");
    }

    @Test
    void aParamCountIsLeftToRunTimeEvenWhenItsDefaultIsBelowOne() {
        // the program checks the count when it is given its values (RunTimeParamsProgramTest)
        String text = PROGRAM.replace("param n : long = 4;", "param n : long = 0;");
        assertThat(PhysicalPlanner.plan(Frontend.compile("t.nq", text).optimized()).print()).contains("threshold ?n");
    }
}
