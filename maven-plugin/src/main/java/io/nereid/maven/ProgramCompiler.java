package io.nereid.maven;

import com.palantir.javapoet.JavaFile;
import io.nereid.compiler.Frontend;
import io.nereid.compiler.codegen.CodeGenerator;
import io.nereid.compiler.codegen.GeneratedProgram;
import io.nereid.compiler.diag.Diagnostic;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.compiler.physical.UnsupportedPlanException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles one {@code .nq} file ahead of time: front end, params bound ({@link BuildParams}),
 * physical planning, code generation in the program's own package, plus its public class ({@link ApiGenerator}). Either the Java files or
 * every problem found, each a {@link BuildError} located in the file.
 */
final class ProgramCompiler {
    private ProgramCompiler() {
    }

    /** The outcome for one file: Java files, or errors (never both). */
    record Outcome(List<JavaFile> files, List<BuildError> errors) {
        Outcome {
            files = List.copyOf(files);
            errors = List.copyOf(errors);
        }
    }

    /**
     * Compiles {@code source} (its name is the path errors show) into the classes {@code names}
     * give; {@code program} is the file's path relative to the source directory, for the javadoc.
     */
    static Outcome compile(SourceFile source, ProgramNames names, String program, Map<String, String> params) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(names, "names");
        try {
            Frontend.Result front = Frontend.compile(source);
            BuildParams.Bound bound = BuildParams.bind(front.optimized(), front.program(), params, source.name());
            if (!bound.errors().isEmpty()) {
                return new Outcome(List.of(), bound.errors());
            }
            PhysicalPlan plan = PhysicalPlanner.plan(bound.plan());
            GeneratedProgram generated = CodeGenerator.generate(plan, names.internalPackage());
            List<JavaFile> files = new ArrayList<>(generated.files());
            files.add(JavaFile.builder(names.packageName(),
                            new ApiGenerator(names, plan, generated.mainClass(), program).generate())
                    .skipJavaLangImports(true).indent("    ").build());
            return new Outcome(files, List.of());
        } catch (NqCompileException e) {
            return new Outcome(List.of(), e.diagnostics().stream().map(ProgramCompiler::error).toList());
        } catch (UnsupportedPlanException e) {
            return new Outcome(List.of(), List.of(new BuildError(source.name(), 0, 0, e.getMessage())));
        }
    }

    static BuildError error(Diagnostic d) {
        return new BuildError(d.location().file().name(), d.location().line(), d.location().column(),
                d.message() + d.hint().map(h -> " (hint: " + h + ")").orElse(""));
    }
}
