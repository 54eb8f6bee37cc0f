package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.MethodCall;
import io.nereid.compiler.ast.Name;
import io.nereid.compiler.plan.ApplyVertex;
import io.nereid.compiler.plan.expr.Evaluator;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.Schema;
import io.nereid.compiler.types.TypeRules;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * {@code r.apply(MyVertex, args...)}: a user's Java vertex over a relation. The class (imported
 * with {@code import java}) must implement {@code CustomVertex}, carry {@code @NqVertex}, and have
 * a public constructor that takes the constant arguments; the input must have the fields the
 * annotation requires. Every failure is reported at the argument it is about.
 */
final class ApplyAnalyzer {
    private static final String USAGE = "write: import java com.acme.MyVertex; ... rel.apply(MyVertex, args...)";

    private ApplyAnalyzer() {
    }

    /** The applied vertex over {@code target}, or null after reporting. */
    static Rel analyze(MethodCall m, Rel target, Scope scope, RelationAnalyzer relations) {
        Reporter reporter = relations.reporter;
        if (m.arguments().isEmpty()) {
            reporter.error(m.location(), "`apply` takes the vertex class first, found no argument", USAGE);
            return null;
        }
        io.nereid.compiler.ast.Expr first = m.arguments().get(0);
        Binding b = first instanceof Name n ? scope.lookup(n.name()).orElse(null) : null;
        if (!(b instanceof Binding.JavaClass jc)) {
            if (!(b instanceof Binding.Poisoned)) {
                reporter.error(first.location(), "the first argument of `apply` must be an imported Java class", USAGE);
            }
            return null;
        }
        Class<?> type = jc.type();
        if (!VertexAnnotation.implementsApi(type)) {
            reporter.error(first.location(), "Java class `" + jc.className() + "` does not implement "
                    + VertexAnnotation.INTERFACE, "a vertex is `@NqVertex(...) public class "
                    + type.getSimpleName() + " implements CustomVertex`; static methods are called as "
                    + jc.name() + ".f(x)");
            return null;
        }
        if (!VertexAnnotation.instantiable(type)) {
            reporter.error(first.location(), "Java class `" + jc.className() + "` cannot be instantiated",
                    "make it a public, non-abstract (and, if nested, static) class");
            return null;
        }
        Optional<VertexAnnotation> spec = VertexAnnotation.of(type);
        if (spec.isEmpty()) {
            reporter.error(first.location(), "Java class `" + jc.className() + "` has no @NqVertex annotation",
                    "declare its output: @NqVertex(output = \"key: string, n: long\")");
            return null;
        }
        Schema in = target.plan().schema();
        Schema out = schemas(first, jc, spec.get(), in, reporter);
        if (out == null) {
            return null;
        }
        List<Integer> by = new ArrayList<>();
        for (String name : spec.get().partitionBy()) {
            OptionalInt i = in.indexOf(name);
            if (i.isEmpty()) {
                reporter.error(m.location(), "`" + jc.name() + "` partitions its input by `" + name
                        + "`, which the input " + in + " does not have", "give the input a field `" + name + "`");
                return null;
            }
            if (in.type(i.getAsInt()).nullable()) {
                reporter.error(m.location(), "`" + jc.name() + "` partitions its input by `" + name
                        + "`, which may be null here", "use coalesce(x, default) to give it a value");
                return null;
            }
            by.add(i.getAsInt());
        }
        List<Literal> args = arguments(m, jc, scope.withoutRows(), relations);
        return args == null ? null
                : Rel.of(new ApplyVertex(target.plan(), type.getCanonicalName(), args, out, by), false);
    }

    /** Checks the required input fields; returns the output schema, or null after reporting. */
    private static Schema schemas(io.nereid.compiler.ast.Expr at, Binding.JavaClass jc, VertexAnnotation spec,
            Schema in, Reporter reporter) {
        String where = "@NqVertex of `" + jc.className() + "`";
        Schema required;
        Schema out;
        try {
            required = spec.input().isBlank() ? Schema.EMPTY : VertexAnnotation.parseFields(spec.input());
        } catch (IllegalArgumentException e) {
            reporter.error(at.location(), where + ": bad input fields: " + e.getMessage(),
                    "write input = \"user: string, ts: long\"");
            return null;
        }
        try {
            out = spec.output().isBlank() ? null : VertexAnnotation.parseFields(spec.output());
        } catch (IllegalArgumentException e) {
            reporter.error(at.location(), where + ": bad output fields: " + e.getMessage(),
                    "write output = \"user: string, n: long\"");
            return null;
        }
        for (Field f : required.fields()) {
            OptionalInt i = in.indexOf(f.name());
            if (i.isEmpty() || in.type(i.getAsInt()).kind() != f.type().kind()) {
                String found = i.isEmpty() ? "has no such field" : "has `" + f.name() + ": " + in.type(i.getAsInt()) + "`";
                reporter.error(at.location(), "`" + jc.name() + "` needs an input field `" + f + "`; the input "
                        + in + " " + found, "select the fields it needs first: rel.select(x => (...))");
                return null;
            }
        }
        if (out == null) {
            if (in.fields().stream().anyMatch(f -> f.type().nullable())) {
                reporter.error(at.location(), where + " gives no output fields, and the input " + in
                        + " has nullable ones", "declare the output: @NqVertex(output = \"...\")");
                return null;
            }
            out = in;
        }
        return out;
    }

    /** The constant constructor arguments converted to a constructor's parameters, or null after reporting. */
    private static List<Literal> arguments(MethodCall m, Binding.JavaClass jc, Scope outer, RelationAnalyzer relations) {
        Reporter reporter = relations.reporter;
        List<Literal> values = new ArrayList<>();
        for (io.nereid.compiler.ast.Expr a : m.arguments().subList(1, m.arguments().size())) {
            Expr e = relations.scalars.analyze(a, outer);
            if (e == null) {
                return null;
            }
            Object v;
            try {
                v = new Evaluator(Map.of()).eval(e, new Object[0]);
            } catch (RuntimeException ex) {
                v = null;
            }
            if (v == null) {
                reporter.error(a.location(), "the arguments of a vertex must be constants, found an expression"
                        + " computed at run time", "write a number, a string or true/false");
                return null;
            }
            values.add(new Literal(v, new ScalarType(e.type().kind(), false)));
        }
        List<ScalarKind> kinds = values.stream().map(l -> l.type().kind()).toList();
        List<Constructor<?>> ctors = Arrays.stream(jc.type().getConstructors())
                .filter(c -> Modifier.isPublic(c.getModifiers())).toList();
        for (Constructor<?> c : ctors) {
            List<ScalarKind> params = fit(c, kinds);
            if (params != null) {
                List<Literal> converted = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    converted.add((Literal) Coercions.toKind(values.get(i), params.get(i)));
                }
                return converted;
            }
        }
        String declared = ctors.isEmpty() ? "none is public" : ctors.stream().map(c -> jc.name() + "("
                + Arrays.stream(c.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(" or "));
        reporter.error(m.location(), "no public constructor of `" + jc.className() + "` takes ("
                + kinds.stream().map(ScalarKind::nqName).collect(Collectors.joining(", ")) + ")",
                "declared: " + declared);
        return null;
    }

    private static List<ScalarKind> fit(Constructor<?> c, List<ScalarKind> args) {
        Class<?>[] params = c.getParameterTypes();
        if (params.length != args.size()) {
            return null;
        }
        List<ScalarKind> kinds = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            Optional<ScalarKind> k = ScalarKind.fromJavaClass(params[i]);
            if (k.isEmpty() || k.get() == ScalarKind.DATE || !TypeRules.isKindAssignable(args.get(i), k.get())) {
                return null;
            }
            kinds.add(k.get());
        }
        return kinds;
    }
}
