package io.nereid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.compiler.physical.UnsupportedPlanException;
import io.nereid.compiler.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every program of the front end's corpus through the back end: it either plans and generates
 * Java that compiles, or is refused with a clear {@link UnsupportedPlanException}. Which one is
 * recorded in a golden file, so that support growing (or shrinking) shows in review.
 */
class CorpusCodegenTest {
    @Test
    void everyCorpusProgramCompilesOrIsRefusedClearly() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "programs");
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.toString().endsWith(".nq")).sorted().toList();
        }
        assertThat(programs).hasSizeGreaterThan(20);
        InMemoryCompiler compiler = new InMemoryCompiler(getClass().getClassLoader());
        StringBuilder report = new StringBuilder();
        for (Path p : programs) {
            String name = p.getFileName().toString();
            String outcome;
            try {
                PhysicalPlan plan = PhysicalPlanner.plan(Frontend.compile(name, Files.readString(p)).optimized());
                GeneratedProgram generated = CodeGenerator.generate(plan);
                compiler.compile(generated);
                outcome = "runs (" + plan.stages().size() + " stages)";
            } catch (UnsupportedPlanException e) {
                outcome = "refused: " + e.getMessage();
            } catch (NqCompileException e) {
                outcome = "front-end error: " + e.getMessage().lines().findFirst().orElse("");
            }
            report.append(name).append(": ").append(outcome).append('\n');
        }
        Golden.assertMatches("codegen", "corpus-support", report.toString());
    }
}
