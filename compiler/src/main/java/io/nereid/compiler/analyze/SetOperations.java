package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.Node;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.SetOpKind;
import io.nereid.compiler.plan.SetOperation;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.Schema;
import io.nereid.compiler.types.TypeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Type rules of concat/union/intersect/except: both sides need the same field names in the same
 * order and compatible types; each side is converted to the common types so that the operator
 * sees identical rows.
 */
final class SetOperations {
    private final Reporter reporter;

    SetOperations(Reporter reporter) {
        this.reporter = reporter;
    }

    Rel combine(SetOpKind kind, Rel left, Rel right, Node at) {
        String op = "`" + kind.name().toLowerCase(Locale.ROOT) + "`";
        Schema l = left.plan().schema();
        Schema r = right.plan().schema();
        boolean scalar = left.type().scalar() && right.type().scalar();
        if (l.size() != r.size() || (!scalar && !l.names().equals(r.names()))) {
            reporter.error(at.location(), op + " needs relations with the same fields, found " + describe(left) + " and "
                    + describe(right), "rename or reorder the fields with select (...)");
            return null;
        }
        List<Field> common = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            Optional<ScalarType> t = TypeRules.commonType(l.type(i), r.type(i));
            if (t.isEmpty()) {
                reporter.error(at.location(), op + " cannot combine field `" + l.field(i).name() + "` of type "
                        + l.type(i) + " with " + r.type(i), "convert one side with cast(... as " + l.type(i).kind().nqName() + ")");
                return null;
            }
            common.add(new Field(l.field(i).name(), t.get()));
        }
        Schema target = new Schema(common);
        return Rel.of(new SetOperation(kind, conform(left.plan(), target), conform(right.plan(), target)), scalar);
    }

    /** The plan with a projection converting its columns to the types (and names) of {@code target}, if needed. */
    static Plan conform(Plan plan, Schema target) {
        Schema s = plan.schema();
        if (s.equals(target)) {
            return plan;
        }
        List<NamedExpr> columns = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            ColumnRef ref = new ColumnRef(i, s.field(i).name(), s.type(i));
            columns.add(new NamedExpr(target.field(i).name(), Coercions.toType(ref, target.type(i))));
        }
        return new Project(plan, columns);
    }

    static String describe(Rel rel) {
        return rel.type().scalar() ? "values of type " + rel.type().elementType() : rel.plan().schema().toString();
    }
}
