package io.nereid.compiler.optimize;

import static io.nereid.compiler.optimize.Fixtures.EDGES;
import static io.nereid.compiler.optimize.Fixtures.col;
import static io.nereid.compiler.optimize.Fixtures.gt;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.plan.Distinct;
import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.LoopVariable;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.SetOpKind;
import io.nereid.compiler.plan.SetOperation;
import io.nereid.compiler.plan.expr.Expr;
import org.junit.jupiter.api.Test;

class PushFilterThroughSetOperationTest {
    private static final LoopVariable R = new LoopVariable("r", 1, EDGES.schema());
    private static final Expr SRC_GT_3 = gt(col(EDGES, 0), 3);

    @Test
    void bothInputsOfAnExceptAreFiltered() {
        Plan before = new Filter(new SetOperation(SetOpKind.EXCEPT, EDGES, R), SRC_GT_3);
        Plan after = new PushFilterThroughSetOperation().apply(before);
        assertThat(after).isEqualTo(new SetOperation(SetOpKind.EXCEPT, new Filter(EDGES, SRC_GT_3), new Filter(R, SRC_GT_3)));
    }

    @Test
    void distinctIsFilteredBelow() {
        Plan after = new PushFilterThroughSetOperation().apply(new Filter(new Distinct(EDGES), SRC_GT_3));
        assertThat(after).isEqualTo(new Distinct(new Filter(EDGES, SRC_GT_3)));
    }
}
