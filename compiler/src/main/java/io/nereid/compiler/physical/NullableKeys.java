package io.nereid.compiler.physical;

import io.nereid.compiler.plan.Aggregate;
import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.JoinKind;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.OrderBy;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.SemiJoin;
import io.nereid.compiler.plan.SetOpKind;
import io.nereid.compiler.plan.SetOperation;
import io.nereid.compiler.plan.SortKey;
import io.nereid.compiler.plan.Threshold;
import io.nereid.compiler.plan.expr.Binary;
import io.nereid.compiler.plan.expr.BinaryOp;
import io.nereid.compiler.plan.expr.Call;
import io.nereid.compiler.plan.expr.Case;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Exprs;
import io.nereid.compiler.plan.expr.IsNull;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.BuiltinFunction;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.ScalarType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites operators keyed by nullable values into equivalent plans whose keys never are null,
 * with SQL's semantics: a null key equals nothing in a join (an inner or semi join drops the
 * row, a left join keeps it with nulls on the right, an antijoin keeps it), while grouping,
 * distinct, union, intersect, except and threshold treat all nulls of a column as one value; order by
 * puts them last. Where nulls
 * are grouped, each nullable key becomes two non-null ones, "is null" and the value (its type's
 * default when null), and the result's key is rebuilt from them; the generated keyed state
 * therefore never has to tell a null from a default.
 */
final class NullableKeys {
    private NullableKeys() {
    }

    static boolean any(List<Expr> keys) {
        return keys.stream().anyMatch(k -> k.type().nullable());
    }

    static boolean anyColumn(Plan p) {
        return p.schema().fields().stream().anyMatch(f -> f.type().nullable());
    }

    /** Group-by: nulls of a key form one group. */
    static Plan aggregate(Aggregate a) {
        List<NamedExpr> keys = new ArrayList<>();
        for (NamedExpr k : a.keys()) {
            keys.addAll(encode(k.name(), k.expr()));
        }
        Aggregate encoded = new Aggregate(a.input(), keys, a.aggregates());
        List<NamedExpr> columns = new ArrayList<>();
        int at = 0;
        for (NamedExpr k : a.keys()) {
            columns.add(new NamedExpr(k.name(), decode(encoded, at, k.expr().type())));
            at += k.expr().type().nullable() ? 2 : 1;
        }
        for (int i = 0; i < a.aggregates().size(); i++) {
            columns.add(new NamedExpr(a.aggregates().get(i).name(), column(encoded, at + i)));
        }
        return new Project(encoded, columns);
    }

    /** Distinct (and union, after its concat): a group per distinct row, nulls equal. */
    static Plan distinct(Plan input) {
        List<NamedExpr> keys = new ArrayList<>();
        for (int i = 0; i < input.schema().size(); i++) {
            keys.add(new NamedExpr(input.schema().field(i).name(), column(input, i)));
        }
        return aggregate(new Aggregate(input, keys, List.of()));
    }

    /** Intersect and except: whole rows compared with nulls equal, through the encoded rows. */
    static Plan setOperation(SetOperation s) {
        Plan left = encodeRow(s.left());
        Plan right = encodeRow(s.right());
        SetOperation encoded = new SetOperation(s.kind(), left, right);
        List<NamedExpr> columns = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < s.schema().size(); i++) {
            Field f = s.schema().field(i);
            boolean nullable = s.left().schema().type(i).nullable() || s.right().schema().type(i).nullable();
            columns.add(new NamedExpr(f.name(), nullable ? decode(encoded, at, f.type().asNullable()) : column(encoded, at)));
            at += nullable ? 2 : 1;
        }
        return new Project(encoded, columns);
    }

    /**
     * Order by (and take) over rows with nullable columns: sorted as encoded rows, where a
     * nullable sort key sorts its nulls last (ascending or descending, as DuckDB does), then
     * decoded in order.
     */
    static Plan orderBy(OrderBy o) {
        Plan encoded = encodeRow(o.input());
        List<Expr> decoded = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < o.input().schema().size(); i++) {
            ScalarType t = o.input().schema().type(i);
            decoded.add(decode(encoded, at, t));
            at += t.nullable() ? 2 : 1;
        }
        List<SortKey> keys = new ArrayList<>();
        for (SortKey k : o.keys()) {
            Expr e = Exprs.transform(k.expr(), x -> x instanceof ColumnRef c ? decoded.get(c.index()) : x);
            if (e.type().nullable()) {
                keys.add(new SortKey(new IsNull(e, false), false));
            }
            keys.add(new SortKey(e, k.descending()));
        }
        List<NamedExpr> columns = new ArrayList<>();
        for (int i = 0; i < decoded.size(); i++) {
            columns.add(new NamedExpr(o.input().schema().field(i).name(), decoded.get(i)));
        }
        return new Project(new OrderBy(encoded, keys, o.limit()), columns);
    }

    /** Threshold: whole rows counted with nulls equal, through the encoded rows. */
    static Plan threshold(Threshold t) {
        Threshold counted = new Threshold(encodeRow(t.input()), t.count());
        List<NamedExpr> columns = new ArrayList<>();
        int at = 0;
        for (Field f : t.input().schema().fields()) {
            columns.add(new NamedExpr(f.name(), decode(counted, at, f.type())));
            at += f.type().nullable() ? 2 : 1;
        }
        return new Project(counted, columns);
    }

    /**
     * A join: rows with a null key match nothing; a left join still emits its left ones. The
     * rows that reach the join have non-null keys, typed so ({@code coalesce} never applies).
     */
    static Plan join(Join j) {
        Plan left = withoutNulls(j.left(), j.leftKeys());
        Plan right = withoutNulls(j.right(), j.rightKeys());
        Join inner = new Join(left, right, j.kind(), nonNull(j.leftKeys()), nonNull(j.rightKeys()));
        if (j.kind() != JoinKind.LEFT || !any(j.leftKeys())) {
            return inner;
        }
        List<NamedExpr> padded = new ArrayList<>();
        for (int i = 0; i < j.left().schema().size(); i++) {
            padded.add(new NamedExpr(j.left().schema().field(i).name(), column(j.left(), i)));
        }
        for (Field f : j.right().schema().fields()) {
            padded.add(new NamedExpr(f.name(), Literal.nullOf(f.type())));
        }
        return new SetOperation(SetOpKind.CONCAT, inner, new Project(new Filter(j.left(), someNull(j.leftKeys())), padded));
    }

    /** Exists / not exists: a null key finds no match. */
    static Plan semiJoin(SemiJoin s) {
        Plan left = withoutNulls(s.left(), s.leftKeys());
        Plan right = withoutNulls(s.right(), s.rightKeys());
        SemiJoin keyed = new SemiJoin(left, right, nonNull(s.leftKeys()), nonNull(s.rightKeys()), s.anti());
        if (!s.anti() || !any(s.leftKeys())) {
            return keyed;
        }
        return new SetOperation(SetOpKind.CONCAT, keyed, new Filter(s.left(), someNull(s.leftKeys())));
    }

    /** The rows of {@code p} whose keys are all non-null. */
    private static Plan withoutNulls(Plan p, List<Expr> keys) {
        return any(keys) ? new Filter(p, noneNull(keys)) : p;
    }

    /** The keys typed non-null: {@code coalesce(k, default)} for a nullable one, which is k on rows without nulls. */
    private static List<Expr> nonNull(List<Expr> keys) {
        List<Expr> out = new ArrayList<>();
        for (Expr k : keys) {
            ScalarType t = k.type().asNonNull();
            out.add(k.type().nullable() ? new Call(BuiltinFunction.COALESCE, List.of(k, defaultOf(t)), t) : k);
        }
        return out;
    }

    private static Plan encodeRow(Plan p) {
        List<NamedExpr> columns = new ArrayList<>();
        for (int i = 0; i < p.schema().size(); i++) {
            columns.addAll(encode(p.schema().field(i).name(), column(p, i)));
        }
        return new Project(p, columns);
    }

    /** The columns of a row of {@code types}, each nullable one as (is null, value or default). */
    static List<Expr> encodeColumns(List<ScalarType> types) {
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            encode("c" + i, new ColumnRef(i, "c" + i, types.get(i))).forEach(n -> out.add(n.expr()));
        }
        return out;
    }

    /** A nullable value as (is null, value or default); a non-null one as itself. */
    private static List<NamedExpr> encode(String name, Expr e) {
        if (!e.type().nullable()) {
            return List.of(new NamedExpr(name, e));
        }
        ScalarType t = e.type().asNonNull();
        return List.of(new NamedExpr(name + "_null", new IsNull(e, false)),
                new NamedExpr(name, new Call(BuiltinFunction.COALESCE, List.of(e, defaultOf(t)), t)));
    }

    /** The value encoded at columns {@code at} (is null) and {@code at + 1} (value) of {@code p}. */
    private static Expr decode(Plan p, int at, ScalarType type) {
        if (!type.nullable()) {
            return column(p, at);
        }
        return new Case(List.of(new Case.When(column(p, at), Literal.nullOf(type))), column(p, at + 1), type);
    }

    private static ColumnRef column(Plan p, int i) {
        Field f = p.schema().field(i);
        return new ColumnRef(i, f.name(), f.type());
    }

    private static Expr noneNull(List<Expr> keys) {
        Expr all = Literal.of(true);
        for (Expr k : keys) {
            if (k.type().nullable()) {
                Expr notNull = new IsNull(k, true);
                all = all instanceof Literal ? notNull : new Binary(BinaryOp.AND, all, notNull, ScalarType.BOOL);
            }
        }
        return all;
    }

    private static Expr someNull(List<Expr> keys) {
        Expr any = Literal.of(false);
        for (Expr k : keys) {
            if (k.type().nullable()) {
                Expr isNull = new IsNull(k, false);
                any = any instanceof Literal ? isNull : new Binary(BinaryOp.OR, any, isNull, ScalarType.BOOL);
            }
        }
        return any;
    }

    private static Literal defaultOf(ScalarType t) {
        return switch (t.kind()) {
            case BOOL -> Literal.of(false);
            case INT -> Literal.of(0);
            case LONG -> Literal.of(0L);
            case DOUBLE -> Literal.of(0.0);
            case STRING -> Literal.of("");
            case DATE -> Literal.of(LocalDate.EPOCH);
            case NULL -> throw new UnsupportedPlanException("a key that is always null has no type; cast it");
        };
    }
}
