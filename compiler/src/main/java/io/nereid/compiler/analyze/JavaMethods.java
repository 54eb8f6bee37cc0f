package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.MethodCall;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.JavaCall;
import io.nereid.compiler.plan.expr.JavaMethodRef;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.TypeRules;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Resolves calls of imported Java classes' public static methods by reflection: the method
 * must exist, take as many arguments, and its parameter and result types must be NQ types
 * (primitives or their boxes, String, LocalDate). A primitive parameter does not accept a
 * nullable argument; a boxed result is nullable.
 */
final class JavaMethods {
    private final Reporter reporter;

    JavaMethods(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Loads an imported class, or returns empty after reporting. */
    static Optional<Class<?>> load(String className) {
        try {
            return Optional.of(Class.forName(className, false, classLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : JavaMethods.class.getClassLoader();
    }

    /** A hint when an unknown function is a static method of an imported class: {@code did you mean `F.twice`?}. */
    static String importedMethodHint(String name, Scope scope) {
        for (String n : scope.names()) {
            if (scope.lookup(n).orElse(null) instanceof Binding.JavaClass jc && Arrays.stream(jc.type().getMethods())
                    .anyMatch(x -> Modifier.isStatic(x.getModifiers()) && x.getName().equals(name))) {
                return "did you mean `" + n + "." + name + "`? static methods are called through their class";
            }
        }
        return null;
    }

    Expr call(MethodCall m, Binding.JavaClass jc, List<Expr> args) {
        String name = m.method().name();
        String qualified = "`" + jc.name() + "." + name + "`";
        List<Method> named = Arrays.stream(jc.type().getMethods())
                .filter(x -> Modifier.isStatic(x.getModifiers()) && x.getName().equals(name))
                .sorted(Comparator.comparing(Method::toString))
                .toList();
        if (named.isEmpty()) {
            TreeSet<String> all = Arrays.stream(jc.type().getMethods()).filter(x -> Modifier.isStatic(x.getModifiers()))
                    .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
            reporter.error(m.method().location(), "Java class `" + jc.className() + "` has no public static method `" + name + "`",
                    Suggestions.didYouMean(name, all));
            return null;
        }
        List<Method> sameArity = named.stream().filter(x -> x.getParameterCount() == args.size()).toList();
        if (sameArity.isEmpty()) {
            String counts = named.stream().map(x -> String.valueOf(x.getParameterCount())).distinct()
                    .collect(Collectors.joining(" or "));
            reporter.error(m.location(), qualified + " takes " + counts + " argument" + ("1".equals(counts) ? "" : "s")
                    + ", found " + args.size());
            return null;
        }
        List<ScalarType> types = args.stream().map(Expr::type).toList();
        for (Method candidate : sameArity) {
            Optional<JavaMethodRef> ref = fit(jc.className(), candidate, types);
            if (ref.isPresent()) {
                List<Expr> converted = new ArrayList<>();
                for (int i = 0; i < args.size(); i++) {
                    converted.add(Coercions.toKind(args.get(i), ref.get().parameterKinds().get(i)));
                }
                boolean nullableResult = !candidate.getReturnType().isPrimitive()
                        && ScalarKind.fromJavaClass(candidate.getReturnType()).map(k -> k.boxedClass() != k.javaClass())
                        .orElse(false);
                return new JavaCall(ref.get(), converted, new ScalarType(ref.get().resultKind(), nullableResult));
            }
        }
        String declared = sameArity.stream().map(JavaMethods::signature).collect(Collectors.joining(" or "));
        reporter.error(m.location(), "no version of " + qualified + " accepts (" + CallAnalyzer.describe(types) + ")",
                "declared: " + declared + (types.stream().anyMatch(ScalarType::nullable)
                        ? "; a nullable argument needs a boxed parameter, or coalesce(x, default)" : ""));
        return null;
    }

    private static Optional<JavaMethodRef> fit(String className, Method m, List<ScalarType> args) {
        Optional<ScalarKind> result = ScalarKind.fromJavaClass(m.getReturnType());
        if (result.isEmpty()) {
            return Optional.empty();
        }
        List<ScalarKind> kinds = new ArrayList<>();
        Class<?>[] params = m.getParameterTypes();
        for (int i = 0; i < params.length; i++) {
            Optional<ScalarKind> k = ScalarKind.fromJavaClass(params[i]);
            ScalarType arg = args.get(i);
            if (k.isEmpty() || !TypeRules.isKindAssignable(arg.kind(), k.get())
                    || (arg.nullable() && params[i].isPrimitive())) {
                return Optional.empty();
            }
            kinds.add(k.get());
        }
        return Optional.of(new JavaMethodRef(className, m.getName(), kinds, result.get()));
    }

    private static String signature(Method m) {
        String params = Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "));
        return m.getReturnType().getSimpleName() + " " + m.getName() + "(" + params + ")";
    }
}
