package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.FieldAccess;
import io.nereid.compiler.ast.Name;
import io.nereid.compiler.ast.TupleExpr;
import io.nereid.compiler.ast.TupleField;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.RelationType;
import io.nereid.compiler.types.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of a {@code select}: named columns (a tuple, or the fields of a range variable), or a
 * single bare value. Built from the select expression, applied to the plan below it.
 */
record Projection(List<NamedExpr> columns, boolean scalar) {
    Projection {
        columns = List.copyOf(columns);
    }

    /** The plan with this projection on top (none when it would copy every column unchanged). */
    Rel apply(Plan input) {
        Schema in = input.schema();
        boolean identity = columns.size() == in.size();
        for (int i = 0; identity && i < columns.size(); i++) {
            identity = columns.get(i).expr() instanceof ColumnRef c && c.index() == i
                    && columns.get(i).name().equals(in.field(i).name());
        }
        Plan p = identity ? input : new Project(input, columns);
        return new Rel(p, new RelationType(p.schema(), scalar));
    }

    /** Analyzes a select expression; null after reporting errors. */
    static Projection of(io.nereid.compiler.ast.Expr select, Scope scope, ScalarAnalyzer scalars) {
        Reporter reporter = scalars.reporter();
        if (select instanceof TupleExpr t) {
            List<NamedExpr> cols = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            boolean ok = true;
            for (TupleField f : t.fields()) {
                Optional<String> name = f.name().map(i -> i.name()).or(() -> inferName(f.value()));
                Expr e = scalars.analyze(f.value(), scope);
                if (name.isEmpty()) {
                    reporter.error(f.location(), "this field needs a name", "write (name: ...)");
                    ok = false;
                } else if (!seen.add(name.get())) {
                    reporter.error(f.location(), "duplicate field `" + name.get() + "` in select",
                            "give it another name: (other: ...)");
                    ok = false;
                }
                ok &= e != null;
                if (ok) {
                    cols.add(new NamedExpr(name.get(), e));
                }
            }
            return ok ? new Projection(cols, false) : null;
        }
        if (select instanceof Name n) {
            Optional<Binding> b = scope.lookup(n.name());
            if (b.isPresent() && b.get() instanceof Binding.RowVar r && !r.type().scalar()) {
                List<NamedExpr> cols = new ArrayList<>();
                Schema s = r.type().schema();
                for (int i = 0; i < s.size(); i++) {
                    cols.add(new NamedExpr(s.field(i).name(), new ColumnRef(r.offset() + i, s.field(i).name(), s.type(i))));
                }
                return new Projection(cols, false);
            }
            if (b.isPresent() && b.get() instanceof Binding.RecordLet t) {
                return new Projection(t.fields(), false);
            }
        }
        Expr e = scalars.analyze(select, scope);
        if (e == null) {
            return null;
        }
        return new Projection(List.of(new NamedExpr(inferName(select).orElse(RelationType.VALUE_FIELD), e)), true);
    }

    /** The name a tuple field gets when none is written: {@code e.src} gives src, {@code x} gives x. */
    static Optional<String> inferName(io.nereid.compiler.ast.Expr e) {
        if (e instanceof FieldAccess f) {
            return Optional.of(f.field().name());
        }
        if (e instanceof Name n) {
            return Optional.of(n.name());
        }
        return Optional.empty();
    }
}
