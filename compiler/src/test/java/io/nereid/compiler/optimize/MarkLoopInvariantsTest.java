package io.nereid.compiler.optimize;

import static io.nereid.compiler.optimize.Fixtures.EDGES;
import static io.nereid.compiler.optimize.Fixtures.NODES;
import static io.nereid.compiler.optimize.Fixtures.col;
import static io.nereid.compiler.optimize.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.plan.Distinct;
import io.nereid.compiler.plan.Iterate;
import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.JoinKind;
import io.nereid.compiler.plan.LoopInvariant;
import io.nereid.compiler.plan.LoopVariable;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.SetOpKind;
import io.nereid.compiler.plan.SetOperation;
import io.nereid.compiler.plan.expr.Literal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkLoopInvariantsTest {
    private static final Project REACH_INIT = new Project(NODES, List.of(named("node", col(NODES, 0))));

    /** reach = iterate r = init until fixpoint { r.concat(from x in r join e in (edges ⋈ nodes) ... ) }. */
    private static Plan body(int loop, LoopVariable r) {
        Join edgesNodes = new Join(EDGES, NODES, JoinKind.INNER, List.of(col(EDGES, 0)), List.of(col(NODES, 0)));
        Join step = new Join(r, edgesNodes, JoinKind.INNER, List.of(col(r, 0)), List.of(col(edgesNodes, 0)));
        Project next = new Project(step, List.of(named("node", col(step, 2))));
        return new Distinct(new SetOperation(SetOpKind.CONCAT, r, next));
    }

    @Test
    void theLargestSubPlanWithoutTheLoopVariableIsMarked() {
        LoopVariable r = new LoopVariable("r", 1, REACH_INIT.schema());
        Iterate loop = new Iterate(1, "r", REACH_INIT, body(1, r), Optional.empty());
        Plan after = new MarkLoopInvariants().apply(loop);
        Iterate marked = (Iterate) after;
        Distinct d = (Distinct) marked.body();
        Project next = (Project) ((SetOperation) d.input()).right();
        Join step = (Join) next.input();
        assertThat(step.left()).isEqualTo(r);
        assertThat(step.right()).isInstanceOf(LoopInvariant.class);
        assertThat(((LoopInvariant) step.right()).input()).isInstanceOf(Join.class);
        assertThat(marked.init()).isEqualTo(REACH_INIT);
        assertThat(new MarkLoopInvariants().apply(after)).as("idempotent").isEqualTo(after);
    }

    @Test
    void anInnerLoopReadingOnlyTheOuterVariableIsHoistedOutOfTheOuterLoopOnlyWhenItCan() {
        LoopVariable outer = new LoopVariable("o", 1, REACH_INIT.schema());
        LoopVariable inner = new LoopVariable("i", 2, REACH_INIT.schema());
        Iterate innerLoop = new Iterate(2, "i", outer, body(2, inner), Optional.of(Literal.of(3L)));
        Iterate outerLoop = new Iterate(1, "o", REACH_INIT, innerLoop, Optional.of(Literal.of(2L)));
        Iterate after = (Iterate) new MarkLoopInvariants().apply(outerLoop);
        Iterate innerAfter = (Iterate) after.body();
        assertThat(innerAfter.init()).as("the outer variable is not invariant in the outer loop").isEqualTo(outer);
        Project next = (Project) ((SetOperation) ((Distinct) innerAfter.body()).input()).right();
        LoopInvariant edgesNodes = (LoopInvariant) ((Join) next.input()).right();
        assertThat(edgesNodes.loopId()).as("edges ⋈ nodes depends on no loop: hoisted out of the outer loop").isEqualTo(1);
    }
}
