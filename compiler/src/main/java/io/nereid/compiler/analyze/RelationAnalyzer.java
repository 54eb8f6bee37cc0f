package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.Lambda;
import io.nereid.compiler.ast.MethodCall;
import io.nereid.compiler.ast.Name;
import io.nereid.compiler.ast.Query;
import io.nereid.compiler.plan.Distinct;
import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.OrderBy;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.SetOpKind;
import io.nereid.compiler.plan.SortKey;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.TableFunction;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Expressions that denote relations: names (inputs, lets, loop variables), queries, iterate
 * loops, and LINQ method syntax ({@code .where(x => ...)}, {@code .select(...)}, {@code .distinct()},
 * {@code .union(...)}, {@code .concat(...)}, {@code .intersect(...)}, {@code .except(...)},
 * {@code .orderby(...)}, {@code .take(n)}, {@code .threshold(n)}, {@code .apply(JavaVertex, args...)}).
 * Returns null after reporting an error.
 */
final class RelationAnalyzer {
    static final List<String> METHODS = List.of("where", "select", "distinct", "union", "concat", "intersect", "except",
            "orderby", "orderbydescending", "take", "threshold", "apply");
    private static final Map<String, SetOpKind> SET_OPS = Map.of("union", SetOpKind.UNION, "concat", SetOpKind.CONCAT,
            "intersect", SetOpKind.INTERSECT, "except", SetOpKind.EXCEPT);

    final Reporter reporter;
    final ScalarAnalyzer scalars;
    private final QueryAnalyzer queries;
    private final IterateAnalyzer iterates;
    final SetOperations setOps;

    RelationAnalyzer(Reporter reporter, ScalarAnalyzer scalars) {
        this.reporter = reporter;
        this.scalars = scalars;
        this.queries = new QueryAnalyzer(this);
        this.iterates = new IterateAnalyzer(this);
        this.setOps = new SetOperations(reporter);
    }

    /** True when the expression denotes a relation rather than a single value. */
    static boolean isRelation(io.nereid.compiler.ast.Expr e, Scope scope) {
        if (e instanceof Query || e instanceof io.nereid.compiler.ast.Iterate) {
            return true;
        }
        if (e instanceof Name n) {
            Optional<Binding> b = scope.lookup(n.name());
            return b.isPresent() && (b.get() instanceof Binding.RelationName || b.get() instanceof Binding.Poisoned);
        }
        if (e instanceof MethodCall m) {
            return isRelation(m.target(), scope);
        }
        return false;
    }

    Rel relation(io.nereid.compiler.ast.Expr e, Scope scope) {
        if (e instanceof Name n) {
            return name(n, scope);
        } else if (e instanceof Query q) {
            return queries.query(q, scope);
        } else if (e instanceof io.nereid.compiler.ast.Iterate it) {
            return iterates.iterate(it, scope);
        } else if (e instanceof MethodCall m && !(m.target() instanceof Name t
                && scope.lookup(t.name()).orElse(null) instanceof Binding.JavaClass)) {
            return method(m, scope);
        } else if (e instanceof io.nereid.compiler.ast.Call c && TableFunction.byName(c.function().name()).isPresent()) {
            reporter.error(c.location(), "`" + c.function().name() + "(...)` can only be the source of a second `from`",
                    "write: from x in rel from y in " + c.function().name() + "(x.field, ...) select ...");
            return null;
        }
        reporter.error(e.location(), "expected a relation (an input, a let, a query or an iterate), found a single value");
        return null;
    }

    private Rel name(Name n, Scope scope) {
        Optional<Binding> b = scope.lookup(n.name());
        if (b.isEmpty() && iterates.loopVariables.containsKey(n.name())) {
            reporter.error(n.location(), "`" + n.name() + "` is the variable of the loop at "
                    + iterates.loopVariables.get(n.name()).display() + " and exists only inside that loop's body",
                    "use the let that holds the loop's result");
            return null;
        }
        if (b.isEmpty()) {
            List<String> relations = scope.names().stream()
                    .filter(x -> scope.lookup(x).orElse(null) instanceof Binding.RelationName).toList();
            reporter.error(n.location(), "unknown relation `" + n.name() + "`", Suggestions.didYouMean(n.name(),
                    relations.isEmpty() ? scope.names() : relations));
            return null;
        }
        if (b.get() instanceof Binding.RelationName r) {
            return r.rel();
        }
        if (b.get() instanceof Binding.Poisoned) {
            return null;
        }
        if (b.get() instanceof Binding.OutOfReach o) {
            reporter.error(n.location(), o.message(), o.hint());
            return null;
        }
        String what = b.get() instanceof Binding.RowVar ? "a range variable (one row)"
                : b.get() instanceof Binding.GroupVar ? "a group" : b.get() instanceof Binding.JavaClass ? "a Java class"
                : "a single value";
        reporter.error(n.location(), "`" + n.name() + "` is " + what + ", not a relation",
                b.get() instanceof Binding.GroupVar ? "aggregate it (count(g), sum(g)) or put the grouped query in a let" : null);
        return null;
    }

    private Rel method(MethodCall m, Scope scope) {
        String method = m.method().name();
        String lower = method.toLowerCase(Locale.ROOT);
        if (!METHODS.contains(lower)) {
            Rel target = relation(m.target(), scope);
            if (target != null) {
                reporter.error(m.method().location(), "relations have no method `" + method + "`",
                        Optional.ofNullable(Suggestions.didYouMean(lower, METHODS)).orElse("the methods are " + String.join(", ", METHODS)));
            }
            return null;
        }
        Rel target = relation(m.target(), scope);
        if (target == null) {
            if (SET_OPS.containsKey(lower) && m.arguments().size() == 1) {
                relation(m.arguments().get(0), scope);
            }
            return null;
        }
        Scope outer = scope.withoutRows();
        switch (lower) {
            case "distinct" -> {
                return arity(m, 0, "distinct()") ? Rel.of(new Distinct(target.plan()), target.type().scalar()) : null;
            }
            case "union", "concat", "intersect", "except" -> {
                if (!arity(m, 1, method + "(other)")) {
                    return null;
                }
                Rel other = relation(m.arguments().get(0), scope);
                return other == null ? null : setOps.combine(SET_OPS.get(lower), target, other, m);
            }
            case "threshold" -> {
                return ThresholdAnalyzer.analyze(m, target, outer, this);
            }
            case "apply" -> {
                return ApplyAnalyzer.analyze(m, target, scope, this);
            }
            case "take" -> {
                if (!arity(m, 1, "take(n)")) {
                    return null;
                }
                OptionalLong n = constantCount(m.arguments().get(0), outer, "the argument of take");
                if (n.isEmpty()) {
                    return null;
                }
                Plan p = target.plan() instanceof OrderBy o && o.limit().isEmpty()
                        ? new OrderBy(o.input(), o.keys(), n) : new OrderBy(target.plan(), List.of(), n);
                return Rel.of(p, target.type().scalar());
            }
            default -> {
                Lambda lambda = lambda(m, method);
                if (lambda == null) {
                    return null;
                }
                Scope inner = outer.with(new Binding.RowVar(lambda.parameters().get(0).name(), 0, target.type()));
                if (lower.equals("where")) {
                    Expr c = scalars.condition(lambda.body(), inner, "the condition of where");
                    return c == null ? null : Rel.of(new Filter(target.plan(), c), target.type().scalar());
                }
                if (lower.equals("select")) {
                    return queries.select(target.plan(), lambda.body(), inner);
                }
                Expr key = scalars.analyze(lambda.body(), inner);
                return key == null ? null : Rel.of(new OrderBy(target.plan(), List.of(new SortKey(key,
                        lower.equals("orderbydescending"))), OptionalLong.empty()), target.type().scalar());
            }
        }
    }

    private boolean arity(MethodCall m, int n, String usage) {
        if (m.arguments().size() != n) {
            reporter.error(m.location(), "`" + m.method().name() + "` takes " + n + " argument" + (n == 1 ? "" : "s")
                    + ", found " + m.arguments().size(), "write ." + usage);
            return false;
        }
        return true;
    }

    private Lambda lambda(MethodCall m, String method) {
        if (m.arguments().size() != 1 || !(m.arguments().get(0) instanceof Lambda l) || l.parameters().size() != 1) {
            reporter.error(m.location(), "`" + method + "` takes one lambda with one parameter", "write ." + method + "(x => ...)");
            return null;
        }
        return l;
    }

    /** A non-negative integer constant (take n, times n); empty after reporting. */
    OptionalLong constantCount(io.nereid.compiler.ast.Expr e, Scope scope, String what) {
        Expr x = scalars.analyze(e, scope);
        if (x == null) {
            return OptionalLong.empty();
        }
        if (x instanceof io.nereid.compiler.plan.expr.Literal l && l.value() instanceof Number num
                && x.type().kind().isIntegral()) {
            if (num.longValue() < 0) {
                reporter.error(e.location(), what + " must not be negative, found " + num.longValue());
                return OptionalLong.empty();
            }
            return OptionalLong.of(num.longValue());
        }
        if (x instanceof io.nereid.compiler.plan.expr.ParamRef p) {
            reporter.error(e.location(), what + " must be an integer constant; param `" + p.name() + "` is not allowed here",
                    "write a number");
            return OptionalLong.empty();
        }
        reporter.error(e.location(), what + " must be an integer constant, found " + (x.type().kind().isIntegral()
                ? "an expression computed at run time" : "a " + x.type()));
        return OptionalLong.empty();
    }
}
