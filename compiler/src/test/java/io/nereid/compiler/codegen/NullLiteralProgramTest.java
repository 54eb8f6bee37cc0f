package io.nereid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.compiler.plan.Aggregate;
import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.plan.Filter;
import io.nereid.compiler.plan.InputDecl;
import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.Output;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Project;
import io.nereid.compiler.plan.Scan;
import io.nereid.compiler.plan.expr.Binary;
import io.nereid.compiler.plan.expr.BinaryOp;
import io.nereid.compiler.plan.expr.Call;
import io.nereid.compiler.plan.expr.Case;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.plan.expr.IsNull;
import io.nereid.compiler.plan.expr.Literal;
import io.nereid.compiler.types.AggregateFunction;
import io.nereid.compiler.types.BuiltinFunction;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.Schema;
import io.nereid.operators.BadRowPolicy;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.CsvSource;
import io.nereid.operators.Results;
import io.nereid.runtime.exec.Config;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Null literals in generated code, typed or not (as the optimizer and coercions produce them):
 * in {@code if} branches, as a whole column, as an operand of arithmetic, under {@code is null}
 * and {@code coalesce}; a nullable grouping key made of them (one group for all nulls) and a sum
 * that skips them. Checked against the same computation over boxed Java values.
 */
class NullLiteralProgramTest {
    private static final Schema T = Schema.of(new Field("k", ScalarType.LONG), new Field("v", ScalarType.LONG));
    private static final ScalarType LONG_NULL = ScalarType.LONG.asNullable();
    private static final Literal UNTYPED_NULL = new Literal(null, ScalarType.NULL);

    private static ColumnRef col(int i, String name, ScalarType t) {
        return new ColumnRef(i, name, t);
    }

    /** {@code if v % 2 == 0 then v / 2 else null}, with the untyped null. */
    private static Expr halfOrNull() {
        Expr v = col(1, "v", ScalarType.LONG);
        Expr even = new Binary(BinaryOp.EQ, new Binary(BinaryOp.MOD, v, Literal.of(2L), ScalarType.LONG), Literal.of(0L),
                ScalarType.BOOL);
        return new Case(List.of(new Case.When(even, new Binary(BinaryOp.DIV, v, Literal.of(2L), ScalarType.LONG))),
                UNTYPED_NULL, LONG_NULL);
    }

    static LogicalPlan program() {
        Plan t = new Scan("t", T);
        Expr v = col(1, "v", ScalarType.LONG);
        Plan rows = new Project(t, List.of(
                new NamedExpr("k", col(0, "k", ScalarType.LONG)),
                new NamedExpr("half", halfOrNull()),
                new NamedExpr("none", UNTYPED_NULL),
                new NamedExpr("plus", new Binary(BinaryOp.ADD, v, UNTYPED_NULL, LONG_NULL)),
                new NamedExpr("known", new IsNull(UNTYPED_NULL, false)),
                new NamedExpr("either", new Call(BuiltinFunction.COALESCE,
                        List.of(UNTYPED_NULL, Literal.nullOf(ScalarType.LONG), v), ScalarType.LONG))));
        Plan odd = new Filter(rows, new IsNull(col(1, "half", LONG_NULL), false));
        Plan perHalf = new Aggregate(t, List.of(new NamedExpr("half", halfOrNull())), List.of(
                new AggregateCall("n", AggregateFunction.COUNT, Optional.empty(), ScalarType.LONG),
                new AggregateCall("s", AggregateFunction.SUM, Optional.of(halfOrNull()), LONG_NULL)));
        return new LogicalPlan(List.of(new InputDecl("t", T, Optional.empty())), List.of(), List.of(
                new Output("rows", rows, Optional.empty()), new Output("odd", odd, Optional.empty()),
                new Output("perHalf", perHalf, Optional.empty())));
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void nullLiteralsRunAsNulls(int workers) {
        CompiledProgram p = new InMemoryCompiler(getClass().getClassLoader()).instantiate(
                CodeGenerator.generate(PhysicalPlanner.plan(program())), CompiledProgram.class);
        Random random = new Random(21);
        StringBuilder csv = new StringBuilder("k,v\n");
        List<String> rows = new ArrayList<>();
        List<String> odd = new ArrayList<>();
        Map<Long, long[]> perHalf = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            long k = random.nextInt(10);
            long v = random.nextInt(40) - 20;
            csv.append(k).append(',').append(v).append('\n');
            Long half = v % 2 == 0 ? v / 2 : null;
            rows.add(Arrays.asList(k, half, null, null, true, v).toString());
            if (half == null) {
                odd.add(Arrays.asList(k, null, null, null, true, v).toString());
            }
            long[] g = perHalf.computeIfAbsent(half, h -> new long[2]);
            g[0]++;
            g[1] += half == null ? 0 : half;
        }
        List<String> groups = new ArrayList<>();
        perHalf.forEach((h, g) -> groups.add(Arrays.asList(h, g[0], h == null ? null : g[1]).toString()));
        Results r = p.run(Map.of("t", CsvSource.ofText("t.csv", csv.toString(), p.inputs().get(0), BadRowPolicy.FAIL)),
                Config.workers(workers));
        assertThat(strings(r, "rows")).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(strings(r, "odd")).containsExactlyInAnyOrderElementsOf(odd);
        assertThat(strings(r, "perHalf")).containsExactlyInAnyOrderElementsOf(groups).contains("[null, "
                + perHalf.get(null)[0] + ", null]");
    }

    private static List<String> strings(Results r, String output) {
        return r.table(output).rows().stream().map(row -> Arrays.asList(row).toString()).toList();
    }
}
