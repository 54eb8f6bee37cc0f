package io.nereid.compiler.optimize;

import static io.nereid.compiler.optimize.Fixtures.EDGES;
import static io.nereid.compiler.optimize.Fixtures.col;
import static io.nereid.compiler.optimize.Fixtures.gt;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.LoopInvariant;
import io.nereid.compiler.plan.LoopVariable;
import io.nereid.compiler.plan.Plan;
import org.junit.jupiter.api.Test;

class PushFilterOutOfLoopTest {
    @Test
    void filterOverALoopInvariantInputIsComputedOutsideTheLoop() {
        Plan before = new Filter(new LoopInvariant(EDGES, 1), gt(col(EDGES, 0), 3));
        Plan after = new PushFilterOutOfLoop().apply(before);
        assertThat(after).isEqualTo(new LoopInvariant(new Filter(EDGES, gt(col(EDGES, 0), 3)), 1));
    }

    @Test
    void filterOverTheLoopVariableStaysInTheLoop() {
        LoopVariable r = new LoopVariable("r", 1, EDGES.schema());
        Plan plan = new Filter(r, gt(col(r, 0), 3));
        assertThat(new PushFilterOutOfLoop().apply(plan)).isEqualTo(plan);
    }
}
