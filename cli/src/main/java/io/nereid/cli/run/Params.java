package io.nereid.cli.run;

import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.plan.ParamDecl;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import io.nereid.launcher.Bindings;
import io.nereid.launcher.ParamValues;
import io.nereid.operators.ColumnKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Program parameters set on the command line ({@code --param root=7}): each value is parsed as
 * the declared type and replaces the default; a parameter without a default must be given.
 * Problems are {@link Bindings.BindingException}s naming the parameters the program declares.
 */
public final class Params {
    private Params() {
    }

    /** The plan with the given values as its params' values. */
    public static LogicalPlan bind(LogicalPlan plan, Map<String, String> values) {
        for (String name : values.keySet()) {
            if (plan.params().stream().noneMatch(p -> p.name().equals(name))) {
                throw new Bindings.BindingException("Option '--param' names '" + name + "', but the program has no"
                        + " param of that name; it declares " + describe(plan.params()));
            }
        }
        List<ParamDecl> bound = new ArrayList<>();
        for (ParamDecl p : plan.params()) {
            String text = values.get(p.name());
            Optional<Literal> value = text == null ? p.defaultValue() : Optional.of(parse(p, text));
            if (value.isEmpty()) {
                throw new Bindings.BindingException("Param '" + p.name() + "' (" + p.type() + ") has no default:"
                        + " give it a value with --param " + p.name() + "=VALUE");
            }
            bound.add(new ParamDecl(p.name(), p.type(), value));
        }
        return new LogicalPlan(plan.inputs(), bound, plan.outputs());
    }

    private static Literal parse(ParamDecl p, String text) {
        ScalarType t = p.type().asNonNull();
        if (t.kind() == ScalarKind.NULL) {
            throw new Bindings.BindingException("Param '" + p.name() + "' has no type that --param can set");
        }
        Object value = ParamValues.parse(p.name(), ColumnKind.valueOf(t.kind().name()), text);
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

    private static String describe(List<ParamDecl> params) {
        return params.isEmpty() ? "none" : params.stream().map(p -> p.name() + ": " + p.type())
                .collect(Collectors.joining(", "));
    }
}
