package io.nereid.compiler.optimize;

import static io.nereid.compiler.optimize.Fixtures.EDGES;
import static io.nereid.compiler.optimize.Fixtures.col;
import static io.nereid.compiler.optimize.Fixtures.gt;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.expr.Exprs;
import org.junit.jupiter.api.Test;

class MergeFiltersTest {
    @Test
    void twoFiltersBecomeOneConjunction() {
        Plan before = new Filter(new Filter(EDGES, gt(col(EDGES, 0), 1)), gt(col(EDGES, 1), 2));
        Plan after = new MergeFilters().apply(before);
        assertThat(after).isEqualTo(new Filter(EDGES, Exprs.and(gt(col(EDGES, 0), 1), gt(col(EDGES, 1), 2))));
        assertThat(after.describe()).isEqualTo("Filter[((src#0 > 1L) and (dst#1 > 2L))]");
    }

    @Test
    void aSingleFilterIsLeftAlone() {
        Plan one = new Filter(EDGES, gt(col(EDGES, 0), 1));
        assertThat(new MergeFilters().apply(one)).isEqualTo(one);
    }
}
