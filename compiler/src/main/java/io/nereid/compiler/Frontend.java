package io.nereid.compiler;

import io.nereid.compiler.analyze.Analyzer;
import io.nereid.compiler.ast.Program;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.optimize.Optimizer;
import io.nereid.compiler.parse.NqParser;
import io.nereid.compiler.plan.LogicalPlan;
import java.util.List;
import java.util.Objects;

/**
 * The NQ front end in one call: parse, analyze (names, types, schemas), translate to the logical
 * plan, optimize. Throws {@link NqCompileException} with every error found; a program that
 * passes the front end has a fully typed plan for physical planning and code generation.
 */
public final class Frontend {
    /** The outcome: the AST, the logical plan as written, the optimized plan and the rules that changed it. */
    public record Result(SourceFile source, Program program, LogicalPlan plan, LogicalPlan optimized,
            List<String> appliedRules) {
        public Result {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(optimized, "optimized");
            appliedRules = List.copyOf(appliedRules);
        }
    }

    private Frontend() {
    }

    /** Compiles a source file through the front end. */
    public static Result compile(SourceFile source) {
        Objects.requireNonNull(source, "source");
        Program program = NqParser.parse(source);
        LogicalPlan plan = Analyzer.analyze(program);
        Optimizer.Result optimized = Optimizer.standard().optimize(plan);
        return new Result(source, program, plan, optimized.plan(), optimized.appliedRules());
    }

    /** Compiles NQ text; {@code name} is the file name used in messages. */
    public static Result compile(String name, String text) {
        return compile(SourceFile.of(name, text));
    }
}
