package io.nereid.compiler.optimize;

import static io.nereid.compiler.optimize.Fixtures.EDGES;
import static io.nereid.compiler.optimize.Fixtures.add;
import static io.nereid.compiler.optimize.Fixtures.col;
import static io.nereid.compiler.optimize.Fixtures.gt;
import static io.nereid.compiler.optimize.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.plan.Aggregate;
import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.expr.Exprs;
import io.nereid.compiler.types.AggregateFunction;
import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PushFilterThroughAggregateTest {
    private static final Aggregate DEGREE = new Aggregate(EDGES, List.of(named("node", add(col(EDGES, 0), 1))),
            List.of(new AggregateCall("count", AggregateFunction.COUNT, Optional.empty(), ScalarType.LONG)));

    @Test
    void conditionsOnTheKeysMoveBelowTheAggregate() {
        Plan before = new Filter(DEGREE, Exprs.and(gt(col(DEGREE, 0), 10), gt(col(DEGREE, 1), 2)));
        Plan after = new PushFilterThroughAggregate().apply(before);
        Plan pushed = new Aggregate(new Filter(EDGES, gt(add(col(EDGES, 0), 1), 10)), DEGREE.keys(), DEGREE.aggregates());
        assertThat(after).isEqualTo(new Filter(pushed, gt(col(DEGREE, 1), 2)));
    }

    @Test
    void conditionsOnAggregatesStayAbove() {
        Plan plan = new Filter(DEGREE, gt(col(DEGREE, 1), 2));
        assertThat(new PushFilterThroughAggregate().apply(plan)).isEqualTo(plan);
    }
}
