package io.nereid.compiler.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.parse.Corpus;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The DOT of every corpus plan is a well-formed graph: each edge joins declared boxes, each loop read has its feedback edge. */
class DotWriterTest {
    private static final Pattern NODE = Pattern.compile("^  (n\\d+) \\[label=\"(.*)\"", Pattern.MULTILINE);
    private static final Pattern EDGE = Pattern.compile("^  (n\\d+) -> (n\\d+)( \\[(.*)\\])?;$", Pattern.MULTILINE);

    static List<Path> programs() {
        return Corpus.programs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void edgesJoinDeclaredNodesAndLoopsHaveFeedback(Path program) {
        LogicalPlan plan = Frontend.compile(Corpus.source(program)).optimized();
        String dot = DotWriter.write(plan);
        Set<String> nodes = new HashSet<>();
        int loopReads = 0;
        Matcher n = NODE.matcher(dot);
        while (n.find()) {
            assertThat(nodes.add(n.group(1))).as("node %s declared once", n.group(1)).isTrue();
            if (n.group(2).startsWith("LoopVariable[")) {
                loopReads++;
            }
        }
        int feedback = 0;
        Matcher e = EDGE.matcher(dot);
        while (e.find()) {
            assertThat(nodes).as("edge %s -> %s", e.group(1), e.group(2)).contains(e.group(1), e.group(2));
            if (e.group(4) != null && e.group(4).contains("feedback")) {
                feedback++;
            }
        }
        assertThat(feedback).as("one feedback edge per distinct loop-variable box").isEqualTo(loopReads);
        Set<Plan> distinct = new HashSet<>();
        plan.outputs().forEach(o -> collect(o, distinct));
        assertThat(nodes).as("one box per distinct sub-plan").hasSize(distinct.size());
    }

    private static void collect(Plan p, Set<Plan> seen) {
        if (seen.add(p)) {
            p.inputs().forEach(in -> collect(in, seen));
        }
    }
}
