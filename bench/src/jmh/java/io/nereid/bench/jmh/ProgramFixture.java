package io.nereid.bench.jmh;

import io.nereid.bench.NereidProgram;
import io.nereid.compiler.diag.SourceFile;
import io.nereid.operators.CompiledProgram;
import io.nereid.operators.ResultTable;
import io.nereid.operators.RowReader;
import io.nereid.runtime.exec.Config;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An NQ program compiled as {@code nq run} compiles it, for the micro-benchmarks that time the
 * generated operators themselves: its inputs come from arrays of longs in memory.
 */
final class ProgramFixture {
    private final CompiledProgram program;

    ProgramFixture(String name, String source) {
        this.program = NereidProgram.compileUncached(SourceFile.of(name, source), Map.of());
    }

    CompiledProgram program() {
        return program;
    }

    /** Runs on one worker with each input read from its columns; returns the only output. */
    ResultTable run(Map<String, long[][]> inputs) {
        Map<String, RowReader> readers = new LinkedHashMap<>();
        inputs.forEach((name, columns) -> readers.put(name, new LongColumns(columns)));
        return program.run(readers, Config.workers(1)).tables().get(0);
    }

    /** Rows of long columns. */
    private static final class LongColumns implements RowReader {
        private final long[][] columns;
        private int row = -1;

        LongColumns(long[][] columns) {
            this.columns = columns;
        }

        @Override
        public boolean next() {
            return ++row < columns[0].length;
        }

        @Override
        public long getLong(int column) {
            return columns[column][row];
        }

        @Override
        public double getDouble(int column) {
            return columns[column][row];
        }

        @Override
        public int getInt(int column) {
            return (int) columns[column][row];
        }

        @Override
        public boolean getBool(int column) {
            throw new UnsupportedOperationException("long columns only");
        }

        @Override
        public String getString(int column) {
            throw new UnsupportedOperationException("long columns only");
        }

        @Override
        public int getDate(int column) {
            throw new UnsupportedOperationException("long columns only");
        }

        @Override
        public void close() {
        }
    }
}
