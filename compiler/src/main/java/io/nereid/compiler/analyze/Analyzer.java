package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.FieldType;
import io.nereid.compiler.ast.ImportJava;
import io.nereid.compiler.ast.InputDecl;
import io.nereid.compiler.ast.LetDecl;
import io.nereid.compiler.ast.OutputDecl;
import io.nereid.compiler.ast.ParamDecl;
import io.nereid.compiler.ast.PrimitiveType;
import io.nereid.compiler.ast.Program;
import io.nereid.compiler.ast.Statement;
import io.nereid.compiler.ast.TupleType;
import io.nereid.compiler.ast.TypeRef;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceLocation;
import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.plan.Output;
import io.nereid.compiler.plan.Scan;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.RelationType;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.Schema;
import io.nereid.compiler.types.TypeRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The semantic analyzer: resolves every name of a parsed program (inputs, params, lets, range
 * variables, groups, loop variables, Java imports), infers and checks types, and translates the
 * program into its {@link LogicalPlan}. Reports every error it finds, each with a location and a
 * hint where one exists, in one {@link NqCompileException}.
 */
public final class Analyzer {
    private final Reporter reporter = new Reporter();
    private final ScalarAnalyzer scalars = new ScalarAnalyzer(reporter);
    private final RelationAnalyzer relations = new RelationAnalyzer(reporter, scalars);
    private final Map<String, SourceLocation> declared = new HashMap<>();

    private Analyzer() {
    }

    /** Analyzes a program; throws with all errors found. */
    public static LogicalPlan analyze(Program program) {
        Objects.requireNonNull(program, "program");
        return new Analyzer().run(program);
    }

    private LogicalPlan run(Program program) {
        Scope scope = Scope.EMPTY;
        List<io.nereid.compiler.plan.InputDecl> inputs = new ArrayList<>();
        List<io.nereid.compiler.plan.ParamDecl> params = new ArrayList<>();
        List<Output> outputs = new ArrayList<>();
        Set<String> outputNames = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof ImportJava imp) {
                scope = importJava(imp, scope);
            } else if (s instanceof InputDecl in) {
                declare(in.name().name(), in.name().location());
                Schema schema = schema(in.type());
                boolean scalar = in.type() instanceof PrimitiveType;
                if (schema == null) {
                    scope = scope.with(new Binding.Poisoned(in.name().name()));
                    continue;
                }
                inputs.add(new io.nereid.compiler.plan.InputDecl(in.name().name(), schema, in.defaultSource()));
                Scan scan = new Scan(in.name().name(), schema);
                scope = scope.with(new Binding.RelationName(in.name().name(), new Rel(scan, new RelationType(schema, scalar)),
                        in.name().location(), "input"));
            } else if (s instanceof ParamDecl p) {
                scope = param(p, scope, params);
            } else if (s instanceof LetDecl let) {
                declare(let.name().name(), let.name().location());
                scope = Lets.bind(let, scope, relations);
            } else if (s instanceof OutputDecl out) {
                output(out, scope, outputs, outputNames);
            }
        }
        reporter.throwIfErrors();
        return new LogicalPlan(inputs, params, outputs);
    }

    private void declare(String name, SourceLocation at) {
        SourceLocation before = declared.putIfAbsent(name, at);
        if (before != null) {
            reporter.error(at, "`" + name + "` is already declared at " + before.display(), "choose another name");
        }
    }

    private Scope importJava(ImportJava imp, Scope scope) {
        declare(imp.alias().name(), imp.alias().location());
        Optional<Class<?>> type = JavaMethods.load(imp.className());
        if (type.isEmpty()) {
            reporter.error(imp.location(), "Java class `" + imp.className() + "` not found on the class path",
                    "check the spelling (a nested class is Outer$Inner) and that its jar is on the class path");
            return scope.with(new Binding.Poisoned(imp.alias().name()));
        }
        return scope.with(new Binding.JavaClass(imp.alias().name(), type.get(), imp.className()));
    }

    private Scope param(ParamDecl p, Scope scope, List<io.nereid.compiler.plan.ParamDecl> params) {
        String name = p.name().name();
        declare(name, p.name().location());
        if (!(p.type() instanceof PrimitiveType pt)) {
            reporter.error(p.type().location(), "a param has a single value; its type must be one of bool, int, long, double, string, date");
            return scope.with(new Binding.Poisoned(name));
        }
        ScalarType type = ScalarType.of(ScalarAnalyzer.kindOf(pt.kind()));
        Optional<Literal> value = Optional.empty();
        if (p.defaultValue().isPresent()) {
            Expr v = scalars.analyze(p.defaultValue().get(), Scope.EMPTY);
            if (v instanceof Literal l && TypeRules.isAssignable(l.type(), type)) {
                value = Optional.of((Literal) Coercions.toType(l, type));
            } else if (v != null) {
                reporter.error(p.defaultValue().get().location(), "the default of param `" + name + "` must be a " + type
                        + ", found " + v.type());
            }
        }
        params.add(new io.nereid.compiler.plan.ParamDecl(name, type, value));
        return scope.with(new Binding.Param(name, type, p.name().location()));
    }

    private void output(OutputDecl out, Scope scope, List<Output> outputs, Set<String> names) {
        String name = out.name().name();
        if (!names.add(name)) {
            reporter.error(out.name().location(), "`" + name + "` is already an output", "output each relation once");
            return;
        }
        Rel rel = relations.relation(new io.nereid.compiler.ast.Name(out.name().location(), name), scope);
        if (rel != null) {
            outputs.add(new Output(name, rel.plan(), out.target()));
        }
    }

    private Schema schema(TypeRef type) {
        if (type instanceof PrimitiveType p) {
            return Schema.of(new Field(RelationType.VALUE_FIELD, ScalarType.of(ScalarAnalyzer.kindOf(p.kind()))));
        }
        TupleType t = (TupleType) type;
        List<Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (FieldType f : t.fields()) {
            if (!seen.add(f.name().name())) {
                reporter.error(f.name().location(), "duplicate field `" + f.name().name() + "`", "give each field its own name");
                ok = false;
            }
            if (f.type() instanceof PrimitiveType p) {
                fields.add(new Field(f.name().name(), ScalarType.of(ScalarAnalyzer.kindOf(p.kind()))));
            } else {
                reporter.error(f.type().location(), "field `" + f.name().name() + "` must have a scalar type "
                        + "(bool, int, long, double, string, date), not a tuple");
                ok = false;
            }
        }
        return ok ? new Schema(fields) : null;
    }
}
