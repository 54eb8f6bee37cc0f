package io.nereid.cli.run;

import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.plan.ParamDecl;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.ScalarType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        String v = text.trim();
        try {
            return switch (t.kind()) {
                case BOOL -> {
                    if (!v.equals("true") && !v.equals("false")) {
                        throw new IllegalArgumentException();
                    }
                    yield Literal.of(Boolean.parseBoolean(v));
                }
                case INT -> Literal.of(Integer.parseInt(v));
                case LONG -> Literal.of(Long.parseLong(v));
                case DOUBLE -> Literal.of(Double.parseDouble(v));
                case STRING -> Literal.of(text);
                case DATE -> Literal.of(LocalDate.parse(v));
                case NULL -> throw new IllegalArgumentException();
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new Bindings.BindingException("Invalid value for option '--param': '" + text + "' is not "
                    + (t.kind().nqName().matches("[aeiou].*") ? "an " : "a ") + t.kind().nqName()
                    + " (param '" + p.name() + "' is declared " + p.type() + ")");
        }
    }

    private static String describe(List<ParamDecl> params) {
        return params.isEmpty() ? "none" : params.stream().map(p -> p.name() + ": " + p.type())
                .collect(Collectors.joining(", "));
    }
}
