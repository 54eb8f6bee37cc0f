package io.nereid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
import java.util.List;

/**
 * The number of rounds of a bounded loop in generated code: a constant is written as a number; a
 * param is read from its field (through {@link ExprGenerator}, which records the read), so the
 * loop's bound is set when the program is given its param values.
 */
final class LoopRounds {
    private LoopRounds() {
    }

    /** The number of rounds N of a bounded loop: an int constant, or a long expression of params. */
    static CodeBlock rounds(ExprGenerator exprs, Expr times) {
        if (times instanceof Literal l && l.value() instanceof Long n) {
            return CodeBlock.of("$L", (int) Math.min(Integer.MAX_VALUE - 1, n));
        }
        return exprs.generate(times, List.of());
    }

    /** The number of rounds of {@code loop}; {@code Integer.MAX_VALUE - 1} until fixpoint. */
    static CodeBlock rounds(ExprGenerator exprs, PhysicalPlan.LoopSpec loop) {
        return loop.times().isPresent() ? rounds(exprs, loop.times().get()) : CodeBlock.of("$L", Integer.MAX_VALUE - 1);
    }

    /** The feedback's bound on rounds, an int: N + 1 for a loop of N rounds, {@code Integer.MAX_VALUE} until fixpoint. */
    static CodeBlock maxIterations(ExprGenerator exprs, PhysicalPlan.LoopSpec loop) {
        if (loop.times().isEmpty()) {
            return CodeBlock.of("Integer.MAX_VALUE");
        }
        Expr times = loop.times().get();
        if (times instanceof Literal l && l.value() instanceof Long n) {
            return CodeBlock.of("$L", (int) Math.min(Integer.MAX_VALUE - 1, n) + 1);
        }
        return CodeBlock.of("(int) Math.min(Integer.MAX_VALUE - 1, $L) + 1", exprs.generate(times, List.of()));
    }
}
