package io.nereid.compiler.optimize;

import static io.nereid.compiler.optimize.Fixtures.EDGES;
import static io.nereid.compiler.optimize.Fixtures.NODES;
import static io.nereid.compiler.optimize.Fixtures.col;
import static io.nereid.compiler.optimize.Fixtures.eq;
import static io.nereid.compiler.optimize.Fixtures.gt;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.JoinKind;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.SemiJoin;
import io.nereid.compiler.plan.expr.Exprs;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushFilterThroughJoinTest {
    private static Join join(JoinKind kind) {
        return new Join(EDGES, NODES, kind, List.of(col(EDGES, 1)), List.of(col(NODES, 0)));
    }

    @Test
    void conjunctsGoToTheSideWhoseColumnsTheyRead() {
        Join j = join(JoinKind.INNER);
        Plan before = new Filter(j, Exprs.and(List.of(gt(col(j, 0), 5), gt(col(j, 2), 7), eq(col(j, 0), col(j, 2)))));
        Plan after = new PushFilterThroughJoin().apply(before);
        Join pushed = new Join(new Filter(EDGES, gt(col(EDGES, 0), 5)), new Filter(NODES, gt(col(NODES, 0), 7)),
                JoinKind.INNER, j.leftKeys(), j.rightKeys());
        assertThat(after).isEqualTo(new Filter(pushed, eq(col(j, 0), col(j, 2))));
    }

    @Test
    void onlyThePreservedSideOfALeftJoinGetsFilters() {
        Join j = join(JoinKind.LEFT);
        Plan before = new Filter(j, Exprs.and(gt(col(j, 0), 5), gt(col(j, 2), 7)));
        Plan after = new PushFilterThroughJoin().apply(before);
        assertThat(after).isEqualTo(new Filter(new Join(new Filter(EDGES, gt(col(EDGES, 0), 5)), NODES, JoinKind.LEFT,
                j.leftKeys(), j.rightKeys()), gt(col(j, 2), 7)));
    }

    @Test
    void filterAboveASemiJoinGoesToItsLeftInput() {
        SemiJoin s = new SemiJoin(EDGES, NODES, List.of(col(EDGES, 0)), List.of(col(NODES, 0)), true);
        Plan after = new PushFilterThroughJoin().apply(new Filter(s, gt(col(EDGES, 1), 3)));
        assertThat(after).isEqualTo(new SemiJoin(new Filter(EDGES, gt(col(EDGES, 1), 3)), NODES, s.leftKeys(), s.rightKeys(), true));
    }
}
