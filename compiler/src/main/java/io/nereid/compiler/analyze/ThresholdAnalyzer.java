package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.MethodCall;
import io.nereid.compiler.plan.Threshold;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.plan.expr.Evaluator;
import io.nereid.compiler.plan.expr.JavaCall;
import io.nereid.compiler.types.ScalarKind;
import java.util.Map;

/**
 * {@code r.threshold(n)}: the rows of {@code r} seen at least {@code n} times (per time, each
 * once). {@code n} is an integer constant of at least 1, or an expression of params whose value is
 * checked when the program is planned; it is kept as a long.
 */
final class ThresholdAnalyzer {
    private ThresholdAnalyzer() {
    }

    /** The threshold over {@code target}, or null after reporting. */
    static Rel analyze(MethodCall m, Rel target, Scope outer, RelationAnalyzer relations) {
        Reporter reporter = relations.reporter;
        if (m.arguments().size() != 1) {
            reporter.error(m.location(), "`threshold` takes 1 argument, found " + m.arguments().size(),
                    "write .threshold(n): the rows seen at least n times");
            return null;
        }
        io.nereid.compiler.ast.Expr arg = m.arguments().get(0);
        Expr n = relations.scalars.analyze(arg, outer);
        if (n == null) {
            return null;
        }
        String hint = "write a whole number of at least 1, e.g. .threshold(3), or a long param";
        if (!n.type().kind().isIntegral() || n.type().kind() == ScalarKind.DATE) {
            reporter.error(arg.location(), "the argument of threshold must be an integer, found a " + n.type(), hint);
            return null;
        }
        if (n.type().nullable()) {
            reporter.error(arg.location(), "the argument of threshold must not be null, found a " + n.type(), hint);
            return null;
        }
        Object value;
        try {
            value = new Evaluator(Map.of()).eval(n, new Object[0]);
        } catch (RuntimeException e) {
            value = null; // reads a param (checked when the program is planned with its values), or a Java call
        }
        if (value instanceof Number v) {
            if (v.longValue() < 1) {
                reporter.error(arg.location(), "the argument of threshold must be at least 1, found " + v.longValue(), hint);
                return null;
            }
            return Rel.of(new Threshold(target.plan(), Literal.of(v.longValue())), target.type().scalar());
        }
        if (callsJava(n)) {
            reporter.error(arg.location(), "the argument of threshold must be a constant or a param, found a Java call", hint);
            return null;
        }
        return Rel.of(new Threshold(target.plan(), Coercions.toKind(n, ScalarKind.LONG)), target.type().scalar());
    }

    private static boolean callsJava(Expr e) {
        return e instanceof JavaCall || e.children().stream().anyMatch(ThresholdAnalyzer::callsJava);
    }
}
