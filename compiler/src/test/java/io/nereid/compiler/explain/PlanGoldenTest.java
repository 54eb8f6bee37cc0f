package io.nereid.compiler.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.parse.Corpus;
import io.nereid.compiler.plan.Output;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.PlanPrinter;
import io.nereid.compiler.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus program passes the front end, and its logical plan before and after optimization
 * (the text of {@code nq explain}) matches {@code golden/plan/NAME.txt}.
 */
class PlanGoldenTest {
    static List<Path> programs() {
        return Corpus.programs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void planMatchesTheGolden(Path program) {
        Frontend.Result result = Frontend.compile(Corpus.source(program));
        for (Output o : result.optimized().outputs()) {
            assertThat(o.schema()).as("optimization keeps the schema of output %s", o.name())
                    .isEqualTo(result.plan().outputs().stream().filter(x -> x.name().equals(o.name())).findFirst()
                            .orElseThrow().schema());
        }
        Golden.assertMatches("plan", Corpus.name(program), Explain.text(result));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void optimizingTwiceChangesNothing(Path program) {
        Frontend.Result result = Frontend.compile(Corpus.source(program));
        var again = io.nereid.compiler.optimize.Optimizer.standard().optimize(result.optimized());
        assertThat(again.plan()).isEqualTo(result.optimized());
    }

    @Test
    void dotOfPageRankMatchesTheGolden() {
        Path pagerank = Corpus.folder().resolve("pagerank.nq");
        Frontend.Result result = Frontend.compile(Corpus.source(pagerank));
        String dot = Explain.dot(result.optimized());
        assertThat(dot).startsWith("digraph plan {").endsWith("}\n").contains("feedback");
        Golden.assertMatches("plan", "pagerank.dot", dot);
    }

    @Test
    void printoutShowsASharedLetOnce() {
        Frontend.Result result = Frontend.compile(Corpus.source(Corpus.folder().resolve("pagerank.nq")));
        Plan ranks = result.plan().outputs().get(0);
        String text = PlanPrinter.print(ranks);
        assertThat(text).contains("[%1] Union").contains("[%1] (shown above)");
    }
}
