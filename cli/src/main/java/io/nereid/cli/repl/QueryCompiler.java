package io.nereid.cli.repl;

import io.nereid.cli.run.Params;
import io.nereid.compiler.Frontend;
import io.nereid.compiler.analyze.Analyzer;
import io.nereid.compiler.ast.Program;
import io.nereid.compiler.codegen.CodeGenerator;
import io.nereid.compiler.codegen.InMemoryCompiler;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.optimize.Optimizer;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.plan.Scan;
import io.nereid.operators.CompiledProgram;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The compiler pipeline for a REPL query, which arrives as a program assembled from parsed
 * statements (the session's declarations plus the query) rather than one source text: front end
 * (analyze, optimize), physical planning with the params' values, code generation and in-memory
 * compilation (cached by source hash, so a query typed again compiles in no time).
 */
final class QueryCompiler {
    private static final InMemoryCompiler JAVAC = new InMemoryCompiler(QueryCompiler.class.getClassLoader());

    private QueryCompiler() {
    }

    /** Analyzes and optimizes {@code program}; {@code source} is the query's text, for explain. */
    static Frontend.Result front(SourceFile source, Program program) {
        LogicalPlan plan = Analyzer.analyze(program);
        Optimizer.Result optimized = Optimizer.standard().optimize(plan);
        return new Frontend.Result(source, program, plan, optimized.plan(), optimized.appliedRules());
    }

    /** The physical plan, params set to their declared values. */
    static PhysicalPlan physical(Frontend.Result front) {
        return PhysicalPlanner.plan(Params.bind(front.optimized(), Map.of()));
    }

    /** Generates and compiles the Java of a physical plan. */
    static CompiledProgram instantiate(PhysicalPlan plan) {
        return JAVAC.instantiate(CodeGenerator.generate(plan), CompiledProgram.class);
    }

    /** The inputs the plan's outputs read. */
    static Set<String> scannedInputs(LogicalPlan plan) {
        Set<String> names = new LinkedHashSet<>();
        Deque<Plan> todo = new ArrayDeque<>(plan.outputs());
        while (!todo.isEmpty()) {
            Plan p = todo.pop();
            if (p instanceof Scan scan) {
                names.add(scan.input());
            }
            todo.addAll(p.inputs());
        }
        return names;
    }
}
