package io.nereid.compiler.plan.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.compiler.types.BuiltinFunction;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private final Evaluator eval = new Evaluator(Map.of("root", 7L));
    private final ColumnRef a = new ColumnRef(0, "a", ScalarType.INT);
    private final ColumnRef b = new ColumnRef(1, "b", ScalarType.BOOL.asNullable());

    private Object run(Expr e, Object... row) {
        return eval.eval(e, row);
    }

    @Test
    void intArithmeticIsJavaArithmetic() {
        Expr sum = new Binary(BinaryOp.ADD, a, Literal.of(1), ScalarType.INT);
        assertThat(run(sum, Integer.MAX_VALUE, null)).isEqualTo(Integer.MIN_VALUE);
        Expr div = new Binary(BinaryOp.DIV, a, Literal.of(2), ScalarType.INT);
        assertThat(run(div, -7, null)).isEqualTo(-3);
        Expr byZero = new Binary(BinaryOp.DIV, a, Literal.of(0), ScalarType.INT);
        assertThatThrownBy(() -> run(byZero, 1, null)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void andOrFollowThreeValuedLogic() {
        Expr and = new Binary(BinaryOp.AND, b, Literal.of(false), ScalarType.BOOL.asNullable());
        Expr or = new Binary(BinaryOp.OR, b, Literal.of(true), ScalarType.BOOL.asNullable());
        Expr andTrue = new Binary(BinaryOp.AND, b, Literal.of(true), ScalarType.BOOL.asNullable());
        assertThat(run(and, 0, null)).isEqualTo(false);
        assertThat(run(or, 0, null)).isEqualTo(true);
        assertThat(run(andTrue, 0, null)).isNull();
    }

    @Test
    void castsParseStringsAndTruncateNumbers() {
        assertThat(Evaluator.cast(" 42 ", ScalarKind.LONG)).isEqualTo(42L);
        assertThat(Evaluator.cast("2024-02-29", ScalarKind.DATE)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Evaluator.cast(-2.7, ScalarKind.INT)).isEqualTo(-2);
        assertThat(Evaluator.cast(LocalDate.of(2020, 1, 2), ScalarKind.STRING)).isEqualTo("2020-01-02");
        assertThatThrownBy(() -> Evaluator.cast("yes", ScalarKind.BOOL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builtinsAndParams() {
        Expr sub = new Call(BuiltinFunction.SUBSTRING, List.of(Literal.of("nereid"), Literal.of(2), Literal.of(10)), ScalarType.STRING);
        assertThat(run(sub)).isEqualTo("reid");
        Expr days = new Call(BuiltinFunction.ADD_DAYS, List.of(Literal.of(LocalDate.of(1998, 12, 1)), Literal.of(-90)), ScalarType.DATE);
        assertThat(run(days)).isEqualTo(LocalDate.of(1998, 9, 2));
        Expr coalesce = new Call(BuiltinFunction.COALESCE, List.of(Literal.nullOf(ScalarType.DOUBLE), Literal.of(0.5)),
                ScalarType.DOUBLE);
        assertThat(run(coalesce)).isEqualTo(0.5);
        assertThat(run(new ParamRef("root", ScalarType.LONG))).isEqualTo(7L);
        Expr lower = new Call(BuiltinFunction.LOWER, List.of(Literal.nullOf(ScalarType.STRING)), ScalarType.STRING.asNullable());
        assertThat(run(lower)).isNull();
    }
}
