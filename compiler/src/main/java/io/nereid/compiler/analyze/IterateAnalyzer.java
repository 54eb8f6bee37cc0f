package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.Fixpoint;
import io.nereid.compiler.ast.LetDecl;
import io.nereid.compiler.ast.Times;
import io.nereid.compiler.plan.Iterate;
import io.nereid.compiler.plan.LoopVariable;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.Schema;
import io.nereid.compiler.types.TypeRules;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.plan.expr.ParamRef;
import io.nereid.compiler.types.ScalarKind;
import java.util.Optional;

/**
 * {@code iterate r = init times n { lets; body }} and {@code ... until fixpoint { ... }}: the loop
 * variable has the type of the initial value; the body must produce rows of the same fields,
 * each of a type assignable to the variable's (a narrower body value is widened).
 */
final class IterateAnalyzer {
    private final RelationAnalyzer relations;
    private int nextLoopId = 1;
    /** The loop variables met so far, for the message when one is used outside its loop. */
    final java.util.Map<String, io.nereid.compiler.diag.SourceLocation> loopVariables = new java.util.HashMap<>();

    IterateAnalyzer(RelationAnalyzer relations) {
        this.relations = relations;
    }

    Rel iterate(io.nereid.compiler.ast.Iterate it, Scope scope) {
        Scope outer = scope.withoutRows();
        String var = it.variable().name();
        Rel init = relations.relation(it.initial(), outer);
        int loopId = nextLoopId++;
        loopVariables.putIfAbsent(var, it.variable().location());
        Binding varBinding = init == null ? new Binding.Poisoned(var)
                : new Binding.RelationName(var, new Rel(new LoopVariable(var, loopId, init.plan().schema()), init.type()),
                        it.variable().location(), "loop variable");
        Optional<Expr> times = Optional.empty();
        boolean ok = init != null;
        if (it.bound() instanceof Times t) {
            times = rounds(t.count(), outer);
            ok &= times.isPresent();
        } else if (!(it.bound() instanceof Fixpoint)) {
            throw new IllegalStateException("unknown loop bound " + it.bound());
        }
        Scope inner = outer.with(varBinding);
        for (LetDecl let : it.lets()) {
            inner = Lets.bind(let, inner, relations);
        }
        Rel body = relations.relation(it.body(), inner);
        if (!ok || body == null) {
            return null;
        }
        if (!checkBody(it, init, body)) {
            return null;
        }
        Schema target = init.plan().schema();
        return new Rel(new Iterate(loopId, var, init.plan(), SetOperations.conform(body.plan(), target), times), init.type());
    }

    /** The number of rounds: a non-negative integer constant or an integer param, as a long. */
    private Optional<Expr> rounds(io.nereid.compiler.ast.Expr count, Scope scope) {
        Expr x = relations.scalars.analyze(count, scope);
        if (x instanceof ParamRef p && p.type().kind().isIntegral()) {
            return Optional.of(Coercions.toKind(p, ScalarKind.LONG));
        }
        if (x != null && !(x instanceof Literal)) {
            relations.reporter.error(count.location(), "the number of rounds must be an integer constant or param, found "
                    + (x.type().kind().isIntegral() ? "an expression computed from rows" : "a " + x.type()));
            return Optional.empty();
        }
        if (x == null) {
            return Optional.empty();
        }
        if (!x.type().kind().isIntegral()) {
            relations.reporter.error(count.location(), "the number of rounds must be an integer constant or param, found a "
                    + x.type());
            return Optional.empty();
        }
        java.util.OptionalLong n = relations.constantCount(count, scope, "the number of rounds");
        return n.isPresent() ? Optional.of(Literal.of(n.getAsLong())) : Optional.empty();
    }

    private boolean checkBody(io.nereid.compiler.ast.Iterate it, Rel init, Rel body) {
        String var = "`" + it.variable().name() + "`";
        Schema want = init.plan().schema();
        Schema got = body.plan().schema();
        boolean scalar = init.type().scalar() && body.type().scalar();
        if (want.size() != got.size() || (!scalar && !want.names().equals(got.names()))) {
            relations.reporter.error(it.body().location(), "the loop body produces " + SetOperations.describe(body)
                    + " but the loop variable " + var + " has " + SetOperations.describe(init),
                    "the body must select the same fields, in the same order, as the initial value");
            return false;
        }
        for (int i = 0; i < want.size(); i++) {
            Field w = want.field(i);
            Field g = got.field(i);
            if (TypeRules.isAssignable(g.type(), w.type())) {
                continue;
            }
            String hint;
            if (TypeRules.isKindAssignable(g.type().kind(), w.type().kind())) {
                hint = "the body's `" + g.name() + "` may be null; wrap it with coalesce(..., default)";
            } else {
                hint = "give both the same type, e.g. cast(... as " + g.type().kind().nqName() + ") in the initial value";
            }
            relations.reporter.error(it.body().location(), "the loop body produces field `" + g.name() + "` of type "
                    + g.type() + " but the loop variable " + var + " has " + w.type(), hint);
            return false;
        }
        return true;
    }
}
