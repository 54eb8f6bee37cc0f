package io.nereid.compiler.optimize;

import static io.nereid.compiler.optimize.Fixtures.EDGES;
import static io.nereid.compiler.optimize.Fixtures.col;
import static io.nereid.compiler.optimize.Fixtures.gt;
import static io.nereid.compiler.optimize.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.expr.Binary;
import io.nereid.compiler.plan.expr.BinaryOp;
import io.nereid.compiler.plan.expr.Call;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.BuiltinFunction;
import io.nereid.compiler.types.ScalarType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldConstantsTest {
    private static Expr mul(Expr a, Expr b, ScalarType t) {
        return new Binary(BinaryOp.MUL, a, b, t);
    }

    @Test
    void arithmeticAndCallsOnConstantsAreComputed() {
        Expr rank = mul(Literal.of(0.85), new Binary(BinaryOp.ADD, Literal.of(1.0), Literal.of(1.0), ScalarType.DOUBLE),
                ScalarType.DOUBLE);
        Expr len = new Call(BuiltinFunction.LENGTH, List.of(Literal.of("nereid")), ScalarType.INT);
        Plan before = new Project(EDGES, List.of(named("r", rank), named("n", len)));
        Plan after = new FoldConstants().apply(before);
        assertThat(after).isEqualTo(new Project(EDGES, List.of(named("r", Literal.of(1.7)), named("n", Literal.of(6)))));
    }

    @Test
    void aFilterThatIsAlwaysTrueDisappears() {
        Expr alwaysTrue = new Binary(BinaryOp.OR, gt(col(EDGES, 0), 1), new Binary(BinaryOp.LT, Literal.of(1), Literal.of(2),
                ScalarType.BOOL), ScalarType.BOOL);
        assertThat(new FoldConstants().apply(new Filter(EDGES, alwaysTrue))).isEqualTo(EDGES);
    }

    @Test
    void trueAndXIsX() {
        Expr cond = new Binary(BinaryOp.AND, Literal.of(true), gt(col(EDGES, 0), 1), ScalarType.BOOL);
        assertThat(new FoldConstants().apply(new Filter(EDGES, cond))).isEqualTo(new Filter(EDGES, gt(col(EDGES, 0), 1)));
    }

    @Test
    void divisionByZeroIsLeftForRunTime() {
        Expr div = new Binary(BinaryOp.DIV, Literal.of(1), Literal.of(0), ScalarType.INT);
        Plan plan = new Project(EDGES, List.of(named("x", div)));
        assertThat(new FoldConstants().apply(plan)).isEqualTo(plan);
    }

    @Test
    void aNullOperandMakesAStrictOperatorNullButKeepsItsType() {
        ScalarType nullableLong = ScalarType.LONG.asNullable();
        Expr sum = new Binary(BinaryOp.ADD, col(EDGES, 0), Literal.nullOf(nullableLong), nullableLong);
        Plan after = new FoldConstants().apply(new Project(EDGES, List.of(named("x", sum))));
        assertThat(after).isEqualTo(new Project(EDGES, List.of(named("x", Literal.nullOf(nullableLong)))));
    }
}
