package io.nereid.cli.run;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.codegen.CodeGenerator;
import io.nereid.compiler.codegen.GeneratedProgram;
import io.nereid.compiler.codegen.InMemoryCompiler;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.launcher.ParamValues;
import io.nereid.operators.CompiledProgram;
import java.util.Map;

/**
 * NQ source to a runnable program: front end (parse, analyze, optimize), physical planning, code
 * generation, in-memory compilation (cached by source hash), and the program built with its
 * param values. The generated source reads params at run time, so running a program again with
 * other {@code --param} values reuses its compiled classes. Throws the front end's
 * {@code NqCompileException} for errors in the program, {@code UnsupportedPlanException} for
 * constructs {@code nq run} cannot execute yet, and a {@code BindingException} for bad params.
 */
public final class ProgramCompiler {
    private static final InMemoryCompiler COMPILER = new InMemoryCompiler(ProgramCompiler.class.getClassLoader());

    private ProgramCompiler() {
    }

    /** The stages and generated source of a program, for inspection, and the program built with its params. */
    public record Compiled(PhysicalPlan plan, GeneratedProgram source, CompiledProgram program) {}

    public static Compiled compile(SourceFile source) {
        return compile(source, Map.of());
    }

    /** Compiles, and builds the program with params set to {@code params} (NAME to text); see {@link Params}. */
    public static Compiled compile(SourceFile source, Map<String, String> params) {
        return compile(source, params, COMPILER);
    }

    /**
     * Compiles with {@code compiler}, whose class cache is its own when its parent loader is: the
     * compile-latency benchmark passes a fresh one so that every compilation really runs javac.
     */
    public static Compiled compile(SourceFile source, Map<String, String> params, InMemoryCompiler compiler) {
        Frontend.Result front = Frontend.compile(source);
        Map<String, Object> values = Params.values(front.optimized(), params);
        PhysicalPlan plan = PhysicalPlanner.plan(front.optimized());
        GeneratedProgram generated = CodeGenerator.generate(plan);
        CompiledProgram program = ParamValues.create(v -> compiler.instantiate(generated, CompiledProgram.class, v),
                values);
        return new Compiled(plan, generated, program);
    }
}
