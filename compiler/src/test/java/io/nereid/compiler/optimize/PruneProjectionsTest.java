package io.nereid.compiler.optimize;

import static io.nereid.compiler.optimize.Fixtures.EDGES;
import static io.nereid.compiler.optimize.Fixtures.NODES;
import static io.nereid.compiler.optimize.Fixtures.add;
import static io.nereid.compiler.optimize.Fixtures.col;
import static io.nereid.compiler.optimize.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.plan.Aggregate;
import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.JoinKind;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.types.AggregateFunction;
import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PruneProjectionsTest {
    private final PruneProjections rule = new PruneProjections();

    @Test
    void aProjectionThatCopiesItsInputIsRemoved() {
        Plan copy = new Project(EDGES, List.of(named("src", col(EDGES, 0)), named("dst", col(EDGES, 1))));
        assertThat(rule.apply(copy)).isEqualTo(EDGES);
    }

    @Test
    void consecutiveProjectionsMerge() {
        Project inner = new Project(EDGES, List.of(named("a", col(EDGES, 1)), named("b", col(EDGES, 0))));
        Plan outer = new Project(inner, List.of(named("c", add(col(inner, 0), 1))));
        assertThat(rule.apply(outer)).isEqualTo(new Project(EDGES, List.of(named("c", add(col(EDGES, 1), 1)))));
    }

    @Test
    void joinSidesKeepOnlyTheColumnsReadAboveOrByKeys() {
        Join j = new Join(EDGES, NODES, JoinKind.INNER, List.of(col(EDGES, 1)), List.of(col(NODES, 0)));
        Plan before = new Project(j, List.of(named("src", col(j, 0))));
        Plan after = rule.apply(before);
        Project narrowRight = new Project(NODES, List.of(named("node", col(NODES, 0))));
        Join narrowed = new Join(EDGES, narrowRight, JoinKind.INNER, List.of(col(EDGES, 1)), List.of(col(NODES, 0)));
        assertThat(after).isEqualTo(new Project(narrowed, List.of(named("src", col(EDGES, 0)))));
    }

    @Test
    void aggregatesNobodyReadsAreDropped() {
        AggregateCall count = new AggregateCall("count", AggregateFunction.COUNT, Optional.empty(), ScalarType.LONG);
        AggregateCall max = new AggregateCall("max", AggregateFunction.MAX, Optional.of(col(EDGES, 1)), ScalarType.LONG);
        Aggregate agg = new Aggregate(EDGES, List.of(named("key", col(EDGES, 0))), List.of(count, max));
        Plan before = new Project(agg, List.of(named("node", col(agg, 0)), named("top", col(agg, 2))));
        Plan after = rule.apply(before);
        Aggregate smaller = new Aggregate(EDGES, agg.keys(), List.of(max));
        assertThat(after).isEqualTo(new Project(smaller, List.of(named("node", col(agg, 0)),
                named("top", new ColumnRef(1, "max", ScalarType.LONG)))));
    }
}
