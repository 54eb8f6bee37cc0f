package io.nereid.maven;

import io.nereid.compiler.ast.ParamDecl;
import io.nereid.compiler.ast.Program;
import io.nereid.compiler.ast.Statement;
import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.ScalarType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The defaults a program's params have in its generated code: the plugin's {@code <params>}
 * configuration where it names the param, else the default the program gives. The built
 * program reads its params when it runs ({@code --param NAME=VALUE} overrides these defaults;
 * a param with no default must be given then). A configured value that does not fit the
 * declared type is a {@link BuildError} at the param's declaration.
 */
final class BuildParams {
    private BuildParams() {
    }

    /** The plan with the configured defaults, or the errors. */
    record Bound(LogicalPlan plan, List<BuildError> errors) {
        Bound {
            Objects.requireNonNull(plan, "plan");
            errors = List.copyOf(errors);
        }
    }

    static Bound bind(LogicalPlan plan, Program program, Map<String, String> configured, String file) {
        List<BuildError> errors = new ArrayList<>();
        List<io.nereid.compiler.plan.ParamDecl> bound = new ArrayList<>();
        for (io.nereid.compiler.plan.ParamDecl p : plan.params()) {
            String text = configured.get(p.name());
            if (text == null) {
                bound.add(p);
                continue;
            }
            try {
                bound.add(new io.nereid.compiler.plan.ParamDecl(p.name(), p.type(), Optional.of(parse(p.type(), text))));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                ParamDecl decl = declaration(program, p.name());
                errors.add(new BuildError(file, decl == null ? 0 : decl.location().line(),
                        decl == null ? 0 : decl.location().column(), "param '" + p.name() + "' is declared " + p.type()
                        + ", but <params> sets it to '" + text + "' (hint: give a " + p.type().kind().nqName()
                        + " in the plugin's <params><" + p.name() + ">...</" + p.name() + "></params>)"));
            }
        }
        return new Bound(new LogicalPlan(plan.inputs(), bound, plan.outputs()), errors);
    }

    private static ParamDecl declaration(Program program, String name) {
        for (Statement s : program.statements()) {
            if (s instanceof ParamDecl p && p.name().name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    static Literal parse(ScalarType type, String text) {
        String v = text.trim();
        return switch (type.kind()) {
            case BOOL -> {
                if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException("not a bool");
                }
                yield Literal.of(Boolean.parseBoolean(v));
            }
            case INT -> Literal.of(Integer.parseInt(v));
            case LONG -> Literal.of(Long.parseLong(v));
            case DOUBLE -> Literal.of(Double.parseDouble(v));
            case STRING -> Literal.of(text);
            case DATE -> Literal.of(LocalDate.parse(v));
            case NULL -> throw new IllegalArgumentException("no value fits the null type");
        };
    }
}
