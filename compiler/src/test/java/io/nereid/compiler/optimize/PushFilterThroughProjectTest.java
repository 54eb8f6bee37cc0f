package io.nereid.compiler.optimize;

import static io.nereid.compiler.optimize.Fixtures.EDGES;
import static io.nereid.compiler.optimize.Fixtures.add;
import static io.nereid.compiler.optimize.Fixtures.col;
import static io.nereid.compiler.optimize.Fixtures.gt;
import static io.nereid.compiler.optimize.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushFilterThroughProjectTest {
    @Test
    void filterMovesBelowTheProjectionReadingTheProjectedExpression() {
        Project project = new Project(EDGES, List.of(named("a", col(EDGES, 1)), named("b", add(col(EDGES, 0), 1))));
        Plan before = new Filter(project, gt(col(project, 1), 10));
        Plan after = new PushFilterThroughProject().apply(before);
        assertThat(after).isEqualTo(new Project(new Filter(EDGES, gt(add(col(EDGES, 0), 1), 10)), project.columns()));
    }

    @Test
    void filterOverAScanStays() {
        Plan plan = new Filter(EDGES, gt(col(EDGES, 0), 1));
        assertThat(new PushFilterThroughProject().apply(plan)).isEqualTo(plan);
    }
}
