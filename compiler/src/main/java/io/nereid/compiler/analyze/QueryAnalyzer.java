package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.FromClause;
import io.nereid.compiler.ast.GroupClause;
import io.nereid.compiler.ast.JoinClause;
import io.nereid.compiler.ast.LetClause;
import io.nereid.compiler.ast.Name;
import io.nereid.compiler.ast.OrderByClause;
import io.nereid.compiler.ast.Ordering;
import io.nereid.compiler.ast.Query;
import io.nereid.compiler.ast.QueryClause;
import io.nereid.compiler.ast.TupleExpr;
import io.nereid.compiler.ast.WhereClause;
import io.nereid.compiler.plan.Aggregate;
import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.FlatMap;
import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.JoinKind;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.OrderBy;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.SortKey;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.RelationType;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.TableFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * Query expressions, clause by clause. Before a group the row is the concatenation of the range
 * variables' rows (a second {@code from} or a {@code join} appends columns, a {@code where}
 * filters); {@code let} names an expression that is inlined where used. After
 * {@code group ... into g} the row is the keys followed by the aggregates the rest of the query
 * uses, so the clauses after it are collected first and stacked on the Aggregate at the end.
 */
final class QueryAnalyzer {
    private final RelationAnalyzer relations;
    private final ScalarAnalyzer scalars;
    private final Reporter reporter;
    private final ExistsAnalyzer exists;

    QueryAnalyzer(RelationAnalyzer relations) {
        this.relations = relations;
        this.scalars = relations.scalars;
        this.reporter = relations.reporter;
        this.exists = new ExistsAnalyzer(relations);
    }

    /** The state while walking the clauses; {@code plan} is null once something failed. */
    private static final class State {
        Plan plan;
        Scope scope;
        int width;
        GroupContext group;
        final List<UnaryOperator<Plan>> afterGroup = new ArrayList<>();
        boolean failed;

        void fail() {
            failed = true;
        }
    }

    Rel query(Query q, Scope scope) {
        Scope outer = scope.withoutRows();
        State st = new State();
        st.scope = outer;
        Rel source = relations.relation(q.from().source(), outer);
        bind(st, q.from().variable().name(), source, 0);
        if (source != null) {
            st.plan = source.plan();
            st.width = source.plan().schema().size();
        } else {
            st.fail();
        }
        for (QueryClause clause : q.body()) {
            clause(st, clause, outer);
        }
        Projection select = Projection.of(q.select(), st.scope, scalars);
        OptionalLong take = OptionalLong.empty();
        if (q.take().isPresent()) {
            take = relations.constantCount(q.take().get(), outer, "the number after take");
            if (take.isEmpty()) {
                st.fail();
            }
        }
        if (st.failed || select == null) {
            return null;
        }
        Plan below = st.plan;
        if (st.group != null) {
            below = new Aggregate(below, st.group.keys, st.group.aggregates());
            for (UnaryOperator<Plan> op : st.afterGroup) {
                below = op.apply(below);
            }
        }
        if (take.isPresent()) {
            below = below instanceof OrderBy o && o.limit().isEmpty()
                    ? new OrderBy(o.input(), o.keys(), take) : new OrderBy(below, List.of(), take);
        }
        return select.apply(below);
    }

    /** {@code .select(x => body)} over a relation. */
    Rel select(Plan input, io.nereid.compiler.ast.Expr body, Scope scope) {
        Projection p = Projection.of(body, scope, scalars);
        return p == null ? null : p.apply(input);
    }

    private void bind(State st, String name, Rel rel, int offset) {
        st.scope = st.scope.with(rel == null ? new Binding.Poisoned(name) : new Binding.RowVar(name, offset, rel.type()));
    }

    private void clause(State st, QueryClause clause, Scope outer) {
        if (st.group != null && (clause instanceof FromClause || clause instanceof JoinClause || clause instanceof GroupClause)) {
            reporter.error(clause.location(), "only where, let and orderby may follow `group ... into`",
                    "put the grouped query in a let and query that");
            st.fail();
            return;
        }
        if (clause instanceof FromClause f) {
            from(st, f, outer);
        } else if (clause instanceof LetClause l) {
            let(st, l);
        } else if (clause instanceof WhereClause w) {
            where(st, w);
        } else if (clause instanceof JoinClause j) {
            join(st, j, outer);
        } else if (clause instanceof GroupClause g) {
            group(st, g, outer);
        } else if (clause instanceof OrderByClause o) {
            orderBy(st, o);
        }
    }

    private void from(State st, FromClause f, Scope outer) {
        String var = f.variable().name();
        checkFresh(st, f.variable());
        if (f.source() instanceof io.nereid.compiler.ast.Call c && TableFunction.byName(c.function().name()).isPresent()) {
            TableFunction fn = TableFunction.byName(c.function().name()).get();
            List<Expr> args = new CallAnalyzer(reporter, scalars).arguments(c.arguments(), st.scope);
            Optional<ScalarType> element = args == null ? Optional.empty()
                    : fn.elementType(args.stream().map(Expr::type).toList());
            if (args != null && element.isEmpty()) {
                reporter.error(c.location(), "no version of `" + fn.nqName() + "` accepts ("
                        + CallAnalyzer.describe(args.stream().map(Expr::type).toList()) + ")", "`" + fn.nqName() + "` is " + fn.signature());
            }
            if (element.isEmpty()) {
                st.fail();
                st.scope = st.scope.with(new Binding.Poisoned(var));
                return;
            }
            List<Expr> converted = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                converted.add(Coercions.toKind(args.get(i), fn.signature().parameter(i)));
            }
            if (st.plan != null) {
                st.plan = new FlatMap(st.plan, fn, converted, var, element.get());
            }
            st.scope = st.scope.with(new Binding.RowVar(var, st.width, RelationType.ofValues(element.get())));
            st.width += 1;
            return;
        }
        Rel rel = relations.relation(f.source(), hideRows(st.scope, outer, var));
        appendRelation(st, var, rel, JoinKind.INNER, List.of(), List.of());
    }

    /** A second range variable of the same name in one query would hide the first: an error, as in LINQ. */
    private void checkFresh(State st, io.nereid.compiler.ast.Identifier var) {
        Binding b = st.scope.lookup(var.name()).orElse(null);
        if (b instanceof Binding.RowVar || b instanceof Binding.ScalarLet || b instanceof Binding.RecordLet) {
            reporter.error(var.location(), "`" + var.name() + "` is already a name in this query",
                    "give this range variable another name");
        }
    }

    /**
     * The scope of a later source: the outer scope, where the range variables of this query are
     * known but out of reach (sources are not correlated), so that using one says why.
     */
    private static Scope hideRows(Scope current, Scope outer, String var) {
        Scope out = outer;
        for (String n : current.names()) {
            if (current.lookup(n).orElse(null) instanceof Binding.RowVar && outer.lookup(n).isEmpty()) {
                out = out.with(new Binding.OutOfReach(n, "`" + n + "` cannot be used in the source of `" + var
                        + "`: sources do not depend on earlier range variables",
                        "join instead: join " + var + " in source on " + n + ".field equals " + var + ".field"));
            }
        }
        return out;
    }

    private void appendRelation(State st, String var, Rel rel, JoinKind kind, List<Expr> leftKeys, List<Expr> rightKeys) {
        if (rel == null) {
            st.fail();
            st.scope = st.scope.with(new Binding.Poisoned(var));
            return;
        }
        RelationType type = kind == JoinKind.LEFT
                ? new RelationType(rel.type().schema().asNullable(), rel.type().scalar()) : rel.type();
        st.scope = st.scope.with(new Binding.RowVar(var, st.width, type));
        st.width += rel.plan().schema().size();
        if (st.plan != null) {
            st.plan = new Join(st.plan, rel.plan(), kind, leftKeys, rightKeys);
        }
    }

    private void let(State st, LetClause l) {
        String name = l.name().name();
        if (l.value() instanceof TupleExpr) {
            Projection p = Projection.of(l.value(), st.scope, scalars);
            st.scope = st.scope.with(p == null ? new Binding.Poisoned(name) : new Binding.RecordLet(name, p.columns()));
            return;
        }
        Expr e = scalars.analyze(l.value(), st.scope);
        st.scope = st.scope.with(e == null ? new Binding.Poisoned(name) : new Binding.ScalarLet(name, e, l.location()));
    }

    private void where(State st, WhereClause w) {
        ExistsAnalyzer.Split split = exists.split(w.condition());
        List<Expr> conds = new ArrayList<>();
        boolean ok = true;
        for (io.nereid.compiler.ast.Expr c : split.conditions()) {
            Expr e = scalars.condition(c, st.scope, "a where condition");
            ok &= e != null;
            conds.add(e);
        }
        if (!split.exists().isEmpty() && st.group != null) {
            reporter.error(w.location(), "exists(...) cannot be used after `group ... into`",
                    "put the grouped query in a let and query that");
            st.fail();
            return;
        }
        List<UnaryOperator<Plan>> semis = new ArrayList<>();
        for (ExistsAnalyzer.ExistsCondition t : split.exists()) {
            UnaryOperator<Plan> semi = exists.semiJoin(t, st.scope, st.width);
            ok &= semi != null;
            semis.add(semi);
        }
        if (!ok) {
            st.fail();
            return;
        }
        UnaryOperator<Plan> op = p -> {
            Plan out = conds.isEmpty() ? p : new Filter(p, io.nereid.compiler.plan.expr.Exprs.and(conds));
            for (UnaryOperator<Plan> s : semis) {
                out = s.apply(out);
            }
            return out;
        };
        apply(st, op);
    }

    private void apply(State st, UnaryOperator<Plan> op) {
        if (st.group != null) {
            st.afterGroup.add(op);
        } else if (st.plan != null) {
            st.plan = op.apply(st.plan);
        }
    }

    private void join(State st, JoinClause j, Scope outer) {
        String var = j.variable().name();
        checkFresh(st, j.variable());
        Rel rel = relations.relation(j.source(), hideRows(st.scope, outer, var));
        Scope right = outer;
        for (String n : st.scope.names()) {
            if (st.scope.lookup(n).orElse(null) instanceof Binding.RowVar || st.scope.lookup(n).orElse(null) instanceof Binding.Poisoned) {
                right = right.with(new Binding.OutOfReach(n, "`" + n + "` cannot be used on the right of `equals`; the right key may only use `" + var + "`",
                        "swap the two sides of `equals`: the left key uses the earlier variables, the right key `" + var + "`"));
            }
        }
        right = right.with(rel == null ? new Binding.Poisoned(var) : new Binding.RowVar(var, 0, rel.type()));
        JoinKeys keys = JoinKeys.of(j, st.scope, right, scalars);
        if (keys == null) {
            st.fail();
        }
        appendRelation(st, var, rel, j.kind() == io.nereid.compiler.ast.JoinKind.LEFT ? JoinKind.LEFT : JoinKind.INNER,
                keys == null ? List.of() : keys.left(), keys == null ? List.of() : keys.right());
    }

    private void group(State st, GroupClause g, Scope outer) {
        List<NamedExpr> keys = new ArrayList<>();
        boolean tuple = g.key() instanceof TupleExpr;
        boolean ok = true;
        if (tuple) {
            Projection p = Projection.of(g.key(), st.scope, scalars);
            ok = p != null;
            if (ok) {
                keys.addAll(p.columns());
            }
        } else {
            Expr k = scalars.analyze(g.key(), st.scope);
            ok = k != null;
            if (ok) {
                keys.add(new NamedExpr("key", k));
            }
        }
        Binding element = element(g.element(), st.scope);
        ok &= element != null;
        String into = g.into().name();
        GroupContext ctx = new GroupContext(st.scope, element == null ? new Binding.Poisoned(into) : element, keys, tuple, !ok);
        st.group = ctx;
        Scope after = outer;
        for (String n : st.scope.names()) {
            Binding b = st.scope.lookup(n).orElse(null);
            if ((b instanceof Binding.RowVar || b instanceof Binding.ScalarLet || b instanceof Binding.RecordLet)
                    && outer.lookup(n).isEmpty()) {
                after = after.with(new Binding.OutOfReach(n, "`" + n + "` is not in scope after `group ... into " + into + "`",
                        "use " + into + ".key, or an aggregate over the group such as sum(" + into + ".field)"));
            }
        }
        st.scope = after.with(new Binding.GroupVar(into, ctx));
        if (!ok) {
            st.fail();
        }
        if (g.having().isPresent()) {
            Expr h = scalars.condition(g.having().get(), st.scope, "a having condition");
            if (h == null) {
                st.fail();
            } else {
                st.afterGroup.add(p -> new Filter(p, h));
            }
        }
    }

    private Binding element(io.nereid.compiler.ast.Expr e, Scope scope) {
        if (e instanceof Name n && scope.lookup(n.name()).orElse(null) instanceof Binding.RowVar r) {
            return r;
        }
        if (e instanceof TupleExpr) {
            Projection p = Projection.of(e, scope, scalars);
            return p == null ? null : new Binding.RecordLet("", p.columns());
        }
        Expr x = scalars.analyze(e, scope);
        return x == null ? null : new Binding.ScalarLet("", x, e.location());
    }

    private void orderBy(State st, OrderByClause o) {
        List<SortKey> keys = new ArrayList<>();
        boolean ok = true;
        for (Ordering ord : o.orderings()) {
            Expr k = scalars.analyze(ord.key(), st.scope);
            ok &= k != null;
            if (k != null) {
                keys.add(new SortKey(k, ord.descending()));
            }
        }
        if (!ok) {
            st.fail();
            return;
        }
        apply(st, p -> new OrderBy(p, keys, OptionalLong.empty()));
    }
}
