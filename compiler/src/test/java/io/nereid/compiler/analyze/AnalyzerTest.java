package io.nereid.compiler.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.plan.Iterate;
import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Plans;
import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the analyzer makes of individual language features, read off the plan printout. */
class AnalyzerTest {
    private static final String EDGES = "input edges : (src: long, dst: long);\n";

    private static Frontend.Result compile(String program) {
        return Frontend.compile("t.nq", program);
    }

    @Test
    void leftJoinMakesTheInnerSideNullableAndCoalesceRemovesIt() {
        LogicalPlan plan = compile(EDGES + """
                let x = from a in edges left join b in edges on a.dst equals b.src
                        select (s: a.src, d: b.dst, z: coalesce(b.dst, 0));
                output x;
                """).plan();
        assertThat(plan.outputs().get(0).schema().toString()).isEqualTo("(s: long, d: long?, z: long)");
    }

    @Test
    void aCrossProductWithAnEqualityBecomesAnEquiJoin() {
        Frontend.Result r = compile(EDGES + """
                let twoHops = from a in edges from b in edges where a.dst == b.src && a.src != b.dst
                              select (x: a.src, y: b.dst);
                output twoHops;
                """);
        assertThat(r.plan().print()).contains("Join[inner cross]");
        assertThat(r.optimized().print()).contains("Join[inner, dst#1 = src#0]").contains("Filter[(src#0 != dst#")
                .doesNotContain("cross");
    }

    @Test
    void notExistsIsAnAntiJoinOnTheCorrelatedEquality() {
        String text = compile(EDGES + """
                let sinks = from e in edges where not exists(from f in edges where f.src == e.dst && f.dst > 0 select f)
                            select (node: e.dst);
                output sinks;
                """).plan().print();
        assertThat(text).contains("AntiJoin[dst#1 = src#0]").contains("Filter[(dst#1 > 0L)]");
    }

    @Test
    void methodSyntaxBuildsTheSameOperators() {
        String text = compile(EDGES + """
                let x = edges.where(e => e.src > 1).select(e => (a: e.dst)).distinct().orderby(r => r.a).take(5);
                output x;
                """).plan().print();
        assertThat(text).contains("OrderBy[a#0 asc, take 5]").contains("Distinct").contains("Project[a := dst#1]")
                .contains("Filter[(src#0 > 1L)]");
    }

    @Test
    void groupsWithTupleKeysAndSeveralAggregates() {
        String text = compile(EDGES + """
                let x = from e in edges
                        group e by (s: e.src, d: e.dst % 2) into g
                        having count(g) > 1
                        select (s: g.key.s, parity: g.key.d, n: count(g), top: g.max(y => y.dst), mean: avg(g.dst));
                output x;
                """).plan().print();
        assertThat(text).contains("Aggregate[by s := src#0, d := (dst#1 % 2L); count := count(*), max := max(dst#1), "
                + "avg := avg(dst#1)]").contains("Filter[(count#2 > 1L)]");
    }

    @Test
    void javaStaticMethodsResolveByReflection() {
        Frontend.Result r = compile("import java io.nereid.compiler.analyze.TestFunctions as F;\n" + EDGES + """
                let x = from e in edges select (a: F.twice(e.src), b: F.maybeHalf(e.dst), c: F.greet("x", 2));
                output x;
                """);
        assertThat(r.plan().print()).contains("io.nereid.compiler.analyze.TestFunctions.twice(src#0)");
        assertThat(r.plan().outputs().get(0).schema().field(1).type()).isEqualTo(ScalarType.LONG.asNullable());
        assertThat(r.plan().outputs().get(0).schema().field(2).type()).isEqualTo(ScalarType.STRING);
    }

    @Test
    void aNarrowerLoopBodyIsWidenedToTheLoopVariable() {
        Frontend.Result r = compile(EDGES + """
                let r = iterate x = (from e in edges select (node: e.src, d: 0L)) times 2 {
                  from y in x select (node: y.node, d: 1)
                };
                output r;
                """);
        assertThat(r.plan().print()).contains("Project[node := node#0, d := long(d#1)]");
        assertThat(r.optimized().print()).contains("Project[node := node#0, d := 1L]");
    }

    @Test
    void nestedLoopsGetDistinctIdsAndTheInnerMayReadTheOuterVariable() {
        Frontend.Result r = compile(EDGES + """
                let r = iterate o = (from e in edges select (node: e.src)) times 3 {
                  iterate i = o until fixpoint {
                    (from y in i join e in edges on y.node equals e.src select (node: e.dst)).union(o)
                  }
                };
                output r;
                """);
        List<Integer> ids = new ArrayList<>();
        Plans.transformUp(r.plan().outputs().get(0), p -> {
            if (p instanceof Iterate it) {
                ids.add(it.loopId());
            }
            return p;
        });
        assertThat(ids).containsExactlyInAnyOrder(1, 2);
        Plan optimized = r.optimized().outputs().get(0);
        assertThat(optimized.describe()).isEqualTo("Output[r]");
        assertThat(r.optimized().print()).contains("LoopInvariant[loop 2]");
    }

    @Test
    void scalarLetsAndParamsAreInlined() {
        String text = compile(EDGES + """
                param root : long = 3;
                let limit = 10;
                let x = from e in edges let s = e.src * 2 where s < limit && e.dst == root select (v: s);
                output x;
                """).plan().print();
        assertThat(text).contains("param root: long = 3L")
                .contains("Filter[(((src#0 * 2L) < 10L) and (dst#1 == ?root))]").contains("Project[v := (src#0 * 2L)]");
    }

    @Test
    void selectManyOverSplitAppendsAColumn() {
        String text = compile("""
                input docs : (id: long, text: string);
                let words = from d in docs from w in split(d.text, " ") where w != "" select (word: lower(w));
                output words;
                """).plan().print();
        assertThat(text).contains("FlatMap[w := split(text#1, \" \")] -> (id: long, text: string, w: string)")
                .contains("Project[word := lower(w#2)]");
    }
}
