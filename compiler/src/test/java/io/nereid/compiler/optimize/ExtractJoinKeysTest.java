package io.nereid.compiler.optimize;

import static io.nereid.compiler.optimize.Fixtures.EDGES;
import static io.nereid.compiler.optimize.Fixtures.NODES;
import static io.nereid.compiler.optimize.Fixtures.add;
import static io.nereid.compiler.optimize.Fixtures.col;
import static io.nereid.compiler.optimize.Fixtures.eq;
import static io.nereid.compiler.optimize.Fixtures.gt;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.JoinKind;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.expr.Exprs;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractJoinKeysTest {
    @Test
    void equalitiesAcrossACrossProductBecomeKeys() {
        Join cross = new Join(EDGES, NODES, JoinKind.INNER, List.of(), List.of());
        // where nodes.node == edges.dst + 1 and edges.src > 2 and edges.src == edges.dst
        Plan before = new Filter(cross, Exprs.and(List.of(eq(col(cross, 2), add(col(cross, 1), 1)), gt(col(cross, 0), 2),
                eq(col(cross, 0), col(cross, 1)))));
        Plan after = new ExtractJoinKeys().apply(before);
        Join keyed = new Join(EDGES, NODES, JoinKind.INNER, List.of(add(col(EDGES, 1), 1)), List.of(col(NODES, 0)));
        assertThat(after).isEqualTo(new Filter(keyed, Exprs.and(gt(col(cross, 0), 2), eq(col(cross, 0), col(cross, 1)))));
        assertThat(after.inputs().get(0).describe()).isEqualTo("Join[inner, (dst#1 + 1L) = node#0]");
    }

    @Test
    void aLeftJoinKeepsItsFilter() {
        Join left = new Join(EDGES, NODES, JoinKind.LEFT, List.of(col(EDGES, 0)), List.of(col(NODES, 0)));
        Plan plan = new Filter(left, eq(col(left, 1), col(left, 2)));
        assertThat(new ExtractJoinKeys().apply(plan)).isEqualTo(plan);
    }
}
