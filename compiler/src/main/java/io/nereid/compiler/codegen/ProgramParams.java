package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.RunTimeCounts;
import io.nereid.compiler.physical.Stage;
import io.nereid.compiler.plan.ParamDecl;
import io.nereid.compiler.plan.expr.Cast;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.ExprPrinter;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.plan.expr.ParamRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The params of the program class: a final field per declared param, a constructor that takes
 * the values of a run ({@code NAME} to a Boolean, Integer, Long, Double, String or LocalDate, as
 * declared; a param not given takes its default), and a no-argument constructor for the
 * defaults. The constructor checks the counts that params set ({@code times n} at least 0,
 * {@code threshold(n)} at least 1), so a bad value fails before the dataflow is built, with an
 * {@link IllegalArgumentException} that names the param.
 */
final class ProgramParams {
    private final PhysicalPlan plan;
    private final ExprGenerator exprs;

    ProgramParams(PhysicalPlan plan, ExprGenerator exprs) {
        this.plan = plan;
        this.exprs = exprs;
    }

    void addTo(TypeSpec.Builder type) {
        List<ParamDecl> params = plan.params();
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), "PARAM_NAMES",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", Set.class, params.stream().map(p -> CodeBlock.of("$S", p.name()))
                        .collect(CodeBlock.joining(", "))).build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("The program with every param at its default.\n")
                .addStatement("this($T.of())", Map.class).build());
        TypeName values = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                WildcardTypeName.subtypeOf(Object.class));
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("The program with these param values (a param not given takes its default).\n\n")
                .addJavadoc("@throws IllegalArgumentException for an unknown param, a value of another type, a"
                        + " param without\n    default that is not given, or a count out of range\n")
                .addParameter(values, "params");
        ctor.beginControlFlow("for (String name : params.keySet())")
                .beginControlFlow("if (!PARAM_NAMES.contains(name))")
                .addStatement("throw new $T($S + name + $S)", IllegalArgumentException.class,
                        "the program has no param '", "'; it declares " + describe(params))
                .endControlFlow().endControlFlow();
        for (ParamDecl p : params) {
            String f = ParamFields.field(p.name());
            type.addField(FieldSpec.builder(JavaTypes.of(p.type()), f, Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("Param {@code $L} ($L).\n", p.name(), p.type()).build());
            Class<?> boxed = boxed(p);
            CodeBlock read = CodeBlock.of("param(params, $S, $T.class, $L)", p.name(), boxed, defaultValue(p));
            if (p.type().kind() == io.nereid.compiler.types.ScalarKind.DATE) {
                ctor.addStatement("this.$N = (int) (($T) $L).toEpochDay()", f, LocalDate.class, read);
            } else {
                ctor.addStatement("this.$N = ($T) $L", f, boxed, read);
            }
        }
        for (PhysicalPlan.LoopSpec loop : plan.loops()) {
            loop.times().filter(t -> !(t instanceof Literal))
                    .ifPresent(t -> check(ctor, t, 0, "the number of rounds (times " + text(t) + ")"));
        }
        for (Stage s : plan.stages()) {
            if (s.entry() instanceof Entry.Threshold t && !(t.count() instanceof Literal)) {
                check(ctor, t.count(), 1, "the count of threshold(" + text(t.count()) + ")");
            }
        }
        type.addMethod(ctor.build());
        if (params.isEmpty()) {
            return;
        }
        type.addMethod(MethodSpec.methodBuilder("param").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("The value of param {@code name}: given, or its default (null: none).\n")
                .returns(Object.class)
                .addParameter(values, "params").addParameter(String.class, "name")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)),
                        "type")
                .addParameter(Object.class, "defaultValue")
                .addStatement("final Object v = params.containsKey(name) ? params.get(name) : defaultValue")
                .beginControlFlow("if (v == null)")
                .addStatement("throw new $T($S + name + $S)", IllegalArgumentException.class,
                        "param '", "' has no default: give it a value")
                .endControlFlow()
                .beginControlFlow("if (!type.isInstance(v))")
                .addStatement("throw new $T($S + name + $S + type.getSimpleName() + $S + v.getClass().getSimpleName())",
                        IllegalArgumentException.class, "param '", "' takes a ", ", not a ")
                .endControlFlow()
                .addStatement("return v").build());
    }

    /** Fails the constructor when {@code count} (an expression of params) is below {@code min}. */
    private void check(MethodSpec.Builder ctor, Expr count, long min, String what) {
        Set<String> names = RunTimeCounts.params(count);
        String from = names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        ctor.beginControlFlow("if ($L < $LL)", exprs.generate(count, List.of()), min)
                .addStatement("throw new $T($S + $L)", IllegalArgumentException.class,
                        what + " must be at least " + min + ", but param" + (names.size() == 1 ? " " : "s ") + from
                                + " make" + (names.size() == 1 ? "s" : "") + " it ",
                        exprs.generate(count, List.of()))
                .endControlFlow();
    }

    /** An expression of params as NQ text: {@code n} (an int param widened to a count too), {@code k * 2L}. */
    private static String text(Expr e) {
        Expr shown = e instanceof Cast c && c.operand() instanceof ParamRef ? c.operand() : e;
        return ExprPrinter.print(shown).replace("?", "");
    }

    /** {@code root: long = 0, k: int}: the params as a message lists them. */
    static String describe(List<ParamDecl> params) {
        return params.isEmpty() ? "none" : params.stream().map(p -> p.name() + ": " + p.type().kind().nqName()
                + p.defaultValue().map(Literal::value).map(v -> " = " + (v instanceof String t ? ExprPrinter.quote(t) : v))
                .orElse("")).collect(Collectors.joining(", "));
    }

    private static Class<?> boxed(ParamDecl p) {
        return switch (p.type().kind()) {
            case BOOL -> Boolean.class;
            case INT -> Integer.class;
            case LONG -> Long.class;
            case DOUBLE -> Double.class;
            case STRING -> String.class;
            case DATE -> LocalDate.class;
            case NULL -> throw new IllegalStateException("param " + p.name() + " has the null type");
        };
    }

    /** The default as a Java expression of the boxed type, or {@code null}. */
    private static CodeBlock defaultValue(ParamDecl p) {
        Object v = p.defaultValue().map(Literal::value).orElse(null);
        if (v == null) {
            return CodeBlock.of("null");
        }
        return switch (p.type().kind()) {
            case BOOL -> CodeBlock.of("$L", v);
            case INT -> CodeBlock.of("$L", ((Number) v).intValue());
            case LONG -> CodeBlock.of("$LL", ((Number) v).longValue());
            case DOUBLE -> ExprGenerator.literal(Literal.of(((Number) v).doubleValue()));
            case STRING -> CodeBlock.of("$S", v);
            case DATE -> CodeBlock.of("$T.parse($S)", LocalDate.class, v.toString());
            case NULL -> CodeBlock.of("null");
        };
    }
}
