package io.nereid.cli.run;

import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.plan.ParamDecl;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.launcher.Bindings;
import io.nereid.launcher.DeclaredParam;
import io.nereid.launcher.ParamValues;
import io.nereid.operators.ColumnKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Program parameters set on the command line ({@code --param root=7}), through the launcher's
 * {@link ParamValues} (so {@code nq run} and a compiled program's main take the same values and
 * give the same messages): each value is parsed as the declared type; a parameter without a
 * default must be given. Problems are {@link Bindings.BindingException}s naming the parameters
 * the program declares.
 */
public final class Params {
    private Params() {
    }

    /** The params of {@code plan} as {@code --param} sees them. */
    public static List<DeclaredParam> declared(LogicalPlan plan) {
        List<DeclaredParam> declared = new ArrayList<>();
        for (ParamDecl p : plan.params()) {
            ScalarKind kind = p.type().kind();
            if (kind == ScalarKind.NULL) {
                throw new Bindings.BindingException("Param '" + p.name() + "' has no type that --param can set");
            }
            Optional<String> text = p.defaultValue().map(Literal::value).map(String::valueOf);
            declared.add(new DeclaredParam(p.name(), ColumnKind.valueOf(kind.name()), text));
        }
        return declared;
    }

    /**
     * The values given for the plan's params (NAME to a Boolean, Integer, Long, Double, String or
     * LocalDate), for the program's constructor; params not given are left to their defaults.
     */
    public static Map<String, Object> values(LogicalPlan plan, Map<String, String> given) {
        return ParamValues.bind(declared(plan), given);
    }

    /**
     * The plan with the given values as its params' defaults (for a program that is compiled
     * for one set of values: the REPL, {@code nq explain}).
     */
    public static LogicalPlan bind(LogicalPlan plan, Map<String, String> given) {
        Map<String, Object> values = values(plan, given);
        List<ParamDecl> bound = new ArrayList<>();
        for (ParamDecl p : plan.params()) {
            Object v = values.get(p.name());
            bound.add(v == null ? p : new ParamDecl(p.name(), p.type(), Optional.of(literal(v))));
        }
        return new LogicalPlan(plan.inputs(), bound, plan.outputs());
    }

    private static Literal literal(Object value) {
        if (value instanceof Boolean b) {
            return Literal.of(b.booleanValue());
        } else if (value instanceof Integer i) {
            return Literal.of(i.intValue());
        } else if (value instanceof Long l) {
            return Literal.of(l.longValue());
        } else if (value instanceof Double d) {
            return Literal.of(d.doubleValue());
        } else if (value instanceof LocalDate d) {
            return Literal.of(d);
        }
        return Literal.of((String) value);
    }
}
