package io.nereid.cli.run;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.codegen.CodeGenerator;
import io.nereid.compiler.codegen.GeneratedProgram;
import io.nereid.compiler.codegen.InMemoryCompiler;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.operators.CompiledProgram;
import java.util.Map;

/**
 * NQ source to a runnable program: front end (parse, analyze, optimize), physical planning, code
 * generation, in-memory compilation (cached by source hash). Throws the front end's
 * {@code NqCompileException} for errors in the program and {@code UnsupportedPlanException} for
 * constructs {@code nq run} cannot execute yet.
 */
public final class ProgramCompiler {
    private static final InMemoryCompiler COMPILER = new InMemoryCompiler(ProgramCompiler.class.getClassLoader());

    private ProgramCompiler() {
    }

    /** The stages and generated source of a program, for inspection. */
    public record Compiled(PhysicalPlan plan, GeneratedProgram source, CompiledProgram program) {}

    public static Compiled compile(SourceFile source) {
        return compile(source, Map.of());
    }

    /** Compiles with params set to {@code params} (NAME to text); see {@link Params}. */
    public static Compiled compile(SourceFile source, Map<String, String> params) {
        return compile(source, params, COMPILER);
    }

    /**
     * Compiles with {@code compiler}, whose class cache is its own when its parent loader is: the
     * compile-latency benchmark passes a fresh one so that every compilation really runs javac.
     */
    public static Compiled compile(SourceFile source, Map<String, String> params, InMemoryCompiler compiler) {
        Frontend.Result front = Frontend.compile(source);
        PhysicalPlan plan = PhysicalPlanner.plan(Params.bind(front.optimized(), params));
        GeneratedProgram generated = CodeGenerator.generate(plan);
        return new Compiled(plan, generated, compiler.instantiate(generated, CompiledProgram.class));
    }
}
