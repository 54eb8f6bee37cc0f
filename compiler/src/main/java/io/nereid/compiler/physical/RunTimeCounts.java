package io.nereid.compiler.physical;

import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.JavaCall;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.plan.expr.ParamRef;
import io.nereid.compiler.types.ScalarKind;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The counts that shape a dataflow, {@code iterate ... times n} and {@code threshold(n)}: a long
 * constant, or an expression of params whose value the generated program reads (and checks)
 * when it is given its param values, so that one compiled program serves every value.
 */
public final class RunTimeCounts {
    private RunTimeCounts() {
    }

    /** The number of rounds of a bounded loop: a constant of at least 0, or an expression of params. */
    static Expr rounds(Expr times) {
        return check(times, 0, "nq run needs 'times' to be a non-negative constant or a param, not ");
    }

    /** The count of a threshold: a constant of at least 1, or an expression of params. */
    static Expr threshold(Expr count) {
        return check(count, 1, "threshold needs a count of at least 1 (a constant or a param), not ");
    }

    private static Expr check(Expr count, long min, String message) {
        if (count.type().kind() != ScalarKind.LONG || count.type().nullable()) {
            throw new UnsupportedPlanException(message + count.print() + " (a " + count.type() + ")");
        }
        if (count instanceof Literal l ? l.value() instanceof Long n && n >= min : !params(count).isEmpty()
                && readsOnlyParams(count)) {
            return count;
        }
        throw new UnsupportedPlanException(message + count.print());
    }

    /** The names of the params {@code e} reads, in the order it reads them. */
    public static Set<String> params(Expr e) {
        Set<String> names = new LinkedHashSet<>();
        collect(e, names);
        return names;
    }

    private static void collect(Expr e, Set<String> names) {
        if (e instanceof ParamRef p) {
            names.add(p.name());
        }
        e.children().forEach(c -> collect(c, names));
    }

    private static boolean readsOnlyParams(Expr e) {
        return !(e instanceof ColumnRef) && !(e instanceof JavaCall)
                && e.children().stream().allMatch(RunTimeCounts::readsOnlyParams);
    }
}
