package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.Lambda;
import io.nereid.compiler.ast.MethodCall;
import io.nereid.compiler.ast.Name;
import io.nereid.compiler.plan.expr.Call;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.AggregateFunction;
import io.nereid.compiler.types.BuiltinFunction;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.TableFunction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Function calls in scalar expressions: built-in functions (overloads, numeric widening),
 * aggregates over the group variable ({@code count(g)}, {@code sum(g.w)}, {@code g.max(x => x.d)}),
 * and static methods of imported Java classes.
 */
final class CallAnalyzer {
    private final Reporter reporter;
    private final ScalarAnalyzer scalars;
    private final JavaMethods java;

    CallAnalyzer(Reporter reporter, ScalarAnalyzer scalars) {
        this.reporter = reporter;
        this.scalars = scalars;
        this.java = new JavaMethods(reporter);
    }

    Expr call(io.nereid.compiler.ast.Call c, Scope scope) {
        String name = c.function().name();
        Optional<AggregateFunction> agg = AggregateFunction.byName(name);
        if (agg.isPresent()) {
            return aggregate(c, agg.get(), scope);
        }
        Optional<BuiltinFunction> fn = BuiltinFunction.byName(name);
        if (fn.isEmpty()) {
            if (TableFunction.byName(name).isPresent()) {
                reporter.error(c.function().location(), "`" + name + "` yields many values and can only be the source of a `from`",
                        "write: from x in " + name + "(...)");
            } else {
                Set<String> known = new LinkedHashSet<>(BuiltinFunction.names());
                known.addAll(AggregateFunction.names());
                reporter.error(c.function().location(), "unknown function `" + name + "`",
                        Optional.ofNullable(JavaMethods.importedMethodHint(name, scope)).orElse(Suggestions.didYouMean(name, known)));
            }
            return null;
        }
        List<Expr> args = arguments(c.arguments(), scope);
        if (args == null) {
            return null;
        }
        List<ScalarType> types = args.stream().map(Expr::type).toList();
        Optional<ScalarType> result = fn.get().resultType(types);
        if (result.isEmpty()) {
            reporter.error(c.location(), "no version of `" + name + "` accepts (" + describe(types) + ")",
                    "`" + name + "` is " + String.join(" or ", fn.get().describeSignatures()));
            return null;
        }
        List<ScalarKind> kinds = fn.get().parameterKinds(types).orElseThrow();
        List<Expr> converted = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            converted.add(Coercions.toKind(args.get(i), kinds.get(i)));
        }
        return new Call(fn.get(), converted, result.get());
    }

    Expr methodCall(MethodCall m, Scope scope) {
        if (m.target() instanceof Name n) {
            Optional<Binding> b = scope.lookup(n.name());
            if (b.isPresent() && b.get() instanceof Binding.JavaClass jc) {
                List<Expr> args = arguments(m.arguments(), scope);
                return args == null ? null : java.call(m, jc, args);
            }
            if (b.isPresent() && b.get() instanceof Binding.GroupVar g) {
                return groupMethod(m, n.name(), g.group(), scope);
            }
        }
        Expr target = scalars.analyze(m.target(), scope);
        if (target != null) {
            reporter.error(m.method().location(), "a " + target.type() + " value has no methods",
                    "call a function instead: " + m.method().name() + "(x, ...)");
        }
        return null;
    }

    private Expr aggregate(io.nereid.compiler.ast.Call c, AggregateFunction fn, Scope scope) {
        String name = fn.nqName();
        Optional<Binding.GroupVar> group = scope.group();
        if (scope.lookup(GroupContext.INSIDE_AGGREGATE).isPresent()) {
            reporter.error(c.location(), "aggregates cannot be nested: `" + name + "` inside another aggregate's argument",
                    "aggregate each element once; to aggregate the results, group the grouped query again");
            return null;
        }
        if (group.isEmpty()) {
            reporter.error(c.location(), "aggregate `" + name + "` used outside of a group",
                    "aggregates apply to the variable of `group ... by ... into g`, e.g. " + name + "(g)");
            return null;
        }
        String g = group.get().name();
        if (c.arguments().size() != 1) {
            reporter.error(c.location(), "`" + name + "` takes one argument, found " + c.arguments().size(),
                    "write " + name + "(" + g + ")" + (fn == AggregateFunction.COUNT ? "" : " or " + name + "(" + g + ".field)"));
            return null;
        }
        io.nereid.compiler.ast.Expr arg = c.arguments().get(0);
        if (fn == AggregateFunction.COUNT) {
            if (!(arg instanceof Name n && n.name().equals(g))) {
                reporter.error(arg.location(), "count takes the group variable", "write count(" + g + ")");
                return null;
            }
            return group.get().group().aggregate(fn, Optional.empty(), ScalarType.LONG);
        }
        return aggregateOver(fn, arg, group.get().group().elementScope(g), group.get().group());
    }

    private Expr aggregateOver(AggregateFunction fn, io.nereid.compiler.ast.Expr arg, Scope elementScope, GroupContext group) {
        Expr value = scalars.analyze(arg, elementScope);
        if (value == null) {
            return null;
        }
        Optional<ScalarType> t = fn.resultType(value.type());
        if (t.isEmpty()) {
            reporter.error(arg.location(), "`" + fn.nqName() + "` needs " + fn.expectedArgument() + ", found " + value.type());
            return null;
        }
        if (fn == AggregateFunction.SUM && value.type().kind() == ScalarKind.INT) {
            value = Coercions.toKind(value, ScalarKind.LONG);
        }
        return group.aggregate(fn, Optional.of(value), t.get());
    }

    private Expr groupMethod(MethodCall m, String g, GroupContext group, Scope scope) {
        String method = m.method().name();
        Optional<AggregateFunction> fn = AggregateFunction.byName(method);
        if (fn.isEmpty()) {
            reporter.error(m.method().location(), "a group has no method `" + method + "`",
                    Optional.ofNullable(Suggestions.didYouMean(method, AggregateFunction.names()))
                            .orElse("groups have the aggregates " + String.join(", ", AggregateFunction.names())));
            return null;
        }
        if (fn.get() == AggregateFunction.COUNT && m.arguments().isEmpty()) {
            return group.aggregate(AggregateFunction.COUNT, Optional.empty(), ScalarType.LONG);
        }
        if (m.arguments().size() != 1 || !(m.arguments().get(0) instanceof Lambda l) || l.parameters().size() != 1) {
            reporter.error(m.location(), "`" + g + "." + method + "` takes one lambda with one parameter",
                    "write " + g + "." + method + "(x => x.field)");
            return null;
        }
        return aggregateOver(fn.get(), l.body(), group.elementScope(l.parameters().get(0).name()), group);
    }

    /** Analyzes every argument (reporting each error); null if any failed. */
    List<Expr> arguments(List<io.nereid.compiler.ast.Expr> asts, Scope scope) {
        List<Expr> out = new ArrayList<>();
        boolean ok = true;
        for (io.nereid.compiler.ast.Expr a : asts) {
            Expr e = scalars.analyze(a, scope);
            ok &= e != null;
            out.add(e);
        }
        return ok ? out : null;
    }

    static String describe(List<ScalarType> types) {
        return types.stream().map(ScalarType::toString).collect(Collectors.joining(", "));
    }
}
