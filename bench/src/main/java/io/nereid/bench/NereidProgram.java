package io.nereid.bench;

import io.nereid.cli.run.ProgramCompiler;
import io.nereid.compiler.codegen.InMemoryCompiler;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.Results;
import io.nereid.operators.RowReader;
import io.nereid.runtime.exec.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An NQ program compiled the way {@code nq run} compiles it ({@link ProgramCompiler}: front end,
 * physical planning, code generation, javac in memory), ready to run on given inputs.
 */
public final class NereidProgram {
    private final Path file;
    private final CompiledProgram program;

    private NereidProgram(Path file, CompiledProgram program) {
        this.file = file;
        this.program = program;
    }

    /** Compiles {@code file} with {@code params} (name to text, as {@code --param} gives them). */
    public static NereidProgram compile(Path file, Map<String, String> params) {
        return new NereidProgram(file, ProgramCompiler.compile(read(file), params).program());
    }

    /**
     * Compiles {@code file} all the way, bypassing the compiled-class cache (a fresh class loader
     * gives the in-memory compiler a cache of its own), so that javac runs every time: what the
     * compile-latency benchmark times.
     */
    public static CompiledProgram compileUncached(SourceFile source, Map<String, String> params) {
        ClassLoader parent = new ClassLoader(NereidProgram.class.getClassLoader()) {};
        return ProgramCompiler.compile(source, params, new InMemoryCompiler(parent)).program();
    }

    /** Reads {@code file} as NQ source. */
    public static SourceFile read(Path file) {
        try {
            return SourceFile.read(Objects.requireNonNull(file, "file"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Runs the program once on {@code workers} worker threads; the readers are closed afterwards. */
    public Results run(Map<String, ? extends RowReader> inputs, int workers) {
        return program.run(new LinkedHashMap<String, RowReader>(inputs), Config.workers(workers));
    }

    /** The compiled program. */
    public CompiledProgram program() {
        return program;
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
