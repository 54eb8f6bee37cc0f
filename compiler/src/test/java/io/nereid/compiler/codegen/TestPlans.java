package io.nereid.compiler.codegen;

import io.nereid.compiler.plan.Aggregate;
import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.FlatMap;
import io.nereid.compiler.plan.InputDecl;
import io.nereid.compiler.plan.Join;
import io.nereid.compiler.plan.JoinKind;
import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.Output;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.Scan;
import io.nereid.compiler.plan.SetOpKind;
import io.nereid.compiler.plan.SetOperation;
import io.nereid.compiler.plan.expr.Binary;
import io.nereid.compiler.plan.expr.BinaryOp;
import io.nereid.compiler.plan.expr.Call;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.AggregateFunction;
import io.nereid.compiler.types.BuiltinFunction;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.Schema;
import io.nereid.compiler.types.TableFunction;
import java.util.List;
import java.util.Optional;

/** Logical plans built by hand (as the analyzer would produce them) for planner and generator tests. */
public final class TestPlans {
    private TestPlans() {
    }

    public static final Schema DOCS = Schema.of(new Field("id", ScalarType.LONG), new Field("text", ScalarType.STRING));
    public static final Schema EDGES = Schema.of(new Field("src", ScalarType.LONG), new Field("dst", ScalarType.LONG));

    static ColumnRef col(int i, String name, ScalarType t) {
        return new ColumnRef(i, name, t);
    }

    /** words = split, non-empty, lower; counts = group by word, count. */
    public static LogicalPlan wordCount() {
        Plan docs = new Scan("docs", DOCS);
        Plan split = new FlatMap(docs, TableFunction.SPLIT,
                List.of(col(1, "text", ScalarType.STRING), Literal.of(" ")), "w", ScalarType.STRING);
        Plan nonEmpty = new Filter(split, new Binary(BinaryOp.NE, col(2, "w", ScalarType.STRING), Literal.of(""),
                ScalarType.BOOL));
        Plan words = new Project(nonEmpty, List.of(new NamedExpr("word",
                new Call(BuiltinFunction.LOWER, List.of(col(2, "w", ScalarType.STRING)), ScalarType.STRING))));
        Plan counts = new Aggregate(words, List.of(new NamedExpr("word", col(0, "word", ScalarType.STRING))),
                List.of(new AggregateCall("n", AggregateFunction.COUNT, Optional.empty(), ScalarType.LONG)));
        return new LogicalPlan(List.of(new InputDecl("docs", DOCS, Optional.empty())), List.of(),
                List.of(new Output("counts", counts, Optional.empty())));
    }

    /**
     * Graph statistics: out-degree per node (sum, min, max, avg of dst too), two-hop paths counted
     * per source by joining edges with edges (a let read twice), and the nodes as a union.
     */
    public static LogicalPlan graphStats() {
        Plan edges = new Scan("edges", EDGES);
        Expr src = col(0, "src", ScalarType.LONG);
        Expr dst = col(1, "dst", ScalarType.LONG);
        Plan degree = new Aggregate(edges, List.of(new NamedExpr("node", src)), List.of(
                new AggregateCall("deg", AggregateFunction.COUNT, Optional.empty(), ScalarType.LONG),
                new AggregateCall("sum", AggregateFunction.SUM, Optional.of(dst), ScalarType.LONG),
                new AggregateCall("lo", AggregateFunction.MIN, Optional.of(dst), ScalarType.LONG),
                new AggregateCall("hi", AggregateFunction.MAX, Optional.of(dst), ScalarType.LONG),
                new AggregateCall("mean", AggregateFunction.AVG, Optional.of(dst), ScalarType.DOUBLE)));
        // two-hop: e1 join e2 on e1.dst == e2.src, select (a: e1.src, c: e2.dst), group by a count
        Plan twoHop = new Join(edges, edges, JoinKind.INNER, List.of(dst), List.of(src));
        Plan pairs = new Project(twoHop, List.of(new NamedExpr("a", col(0, "src", ScalarType.LONG)),
                new NamedExpr("c", col(3, "dst", ScalarType.LONG))));
        Plan paths = new Aggregate(pairs, List.of(new NamedExpr("a", col(0, "a", ScalarType.LONG))),
                List.of(new AggregateCall("paths", AggregateFunction.COUNT, Optional.empty(), ScalarType.LONG)));
        // degree joined with itself by node after the aggregate: no exchange needed on the left
        Plan heavy = new Filter(degree, new Binary(BinaryOp.GE, col(1, "deg", ScalarType.LONG), Literal.of(2L),
                ScalarType.BOOL));
        Plan nodes = new SetOperation(SetOpKind.UNION,
                new Project(edges, List.of(new NamedExpr("node", src))),
                new Project(edges, List.of(new NamedExpr("node", dst))));
        return new LogicalPlan(List.of(new InputDecl("edges", EDGES, Optional.empty())), List.of(),
                List.of(new Output("degree", degree, Optional.empty()), new Output("paths", paths, Optional.empty()),
                        new Output("heavy", heavy, Optional.empty()), new Output("nodes", nodes, Optional.empty())));
    }
}
