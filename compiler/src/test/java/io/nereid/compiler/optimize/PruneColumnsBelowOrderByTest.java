package io.nereid.compiler.optimize;

import static io.nereid.compiler.optimize.Fixtures.EDGES;
import static io.nereid.compiler.optimize.Fixtures.NODES;
import static io.nereid.compiler.optimize.Fixtures.col;
import static io.nereid.compiler.optimize.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.JoinKind;
import io.nereid.compiler.plan.OrderBy;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.SortKey;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PruneColumnsBelowOrderByTest {
    private final PruneColumnsBelowOrderBy rule = new PruneColumnsBelowOrderBy();

    @Test
    void onlyTheProjectedColumnsAndTheSortKeysAreSorted() {
        Join j = new Join(EDGES, NODES, JoinKind.INNER, List.of(col(EDGES, 1)), List.of(col(NODES, 0)));
        OrderBy sorted = new OrderBy(j, List.of(new SortKey(col(j, 3), true)), OptionalLong.of(5));
        Plan before = new Project(sorted, List.of(named("src", col(j, 0))));
        Project narrow = new Project(j, List.of(named("src", col(j, 0)), named("label", col(j, 3))));
        OrderBy narrowSorted = new OrderBy(narrow,
                List.of(new SortKey(new ColumnRef(1, "label", ScalarType.STRING), true)), OptionalLong.of(5));
        assertThat(rule.apply(before)).isEqualTo(new Project(narrowSorted, List.of(named("src", col(j, 0)))));
    }

    @Test
    void aProjectionReadingEveryColumnLeavesTheOrderByAlone() {
        OrderBy sorted = new OrderBy(EDGES, List.of(new SortKey(col(EDGES, 0), false)), OptionalLong.empty());
        Plan swap = new Project(sorted, List.of(named("dst", col(EDGES, 1)), named("src", col(EDGES, 0))));
        assertThat(rule.apply(swap)).isEqualTo(swap);
    }

    @Test
    void theStandardRulesThenNarrowTheJoinBelow() {
        Join j = new Join(EDGES, NODES, JoinKind.INNER, List.of(col(EDGES, 1)), List.of(col(NODES, 0)));
        OrderBy sorted = new OrderBy(j, List.of(new SortKey(col(j, 0), false)), OptionalLong.of(3));
        Plan before = new Project(sorted, List.of(named("src", col(j, 0))));
        Plan after = Optimizer.standard().optimize(before);
        Plan join = after;
        while (!(join instanceof Join)) {
            join = join.inputs().get(0);
        }
        assertThat(((Join) join).right().schema().size()).as(after.toString()).isEqualTo(1);
        assertThat(after.schema()).isEqualTo(before.schema());
    }
}
