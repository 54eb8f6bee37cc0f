package io.nereid.compiler.physical;

import io.nereid.compiler.plan.expr.Evaluator;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
import java.util.HashMap;
import java.util.Map;

/** The count of a {@code threshold(n)} with the program's param values: a long of at least 1. */
final class ThresholdCount {
    private ThresholdCount() {
    }

    static long of(Expr count, Map<String, Literal> params) {
        Map<String, Object> values = new HashMap<>();
        params.forEach((name, literal) -> values.put(name, literal.value()));
        Object v;
        try {
            v = new Evaluator(values).eval(count, new Object[0]);
        } catch (RuntimeException e) {
            v = null; // a param without a value
        }
        if (v instanceof Long n && n >= 1) {
            return n;
        }
        throw new UnsupportedPlanException("threshold needs a count of at least 1: " + count.print()
                + (v == null ? " has no value (give the param a default or set it with --param)" : " is " + v));
    }
}
