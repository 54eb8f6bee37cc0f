package io.nereid.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample graph is the generator's output: if this fails, the generator changed its
 * output for a given seed (which silently changes every expected answer computed on generated
 * graphs), or the file was edited by hand. See samples/graphs/README.md for how it was produced.
 */
class SampleGraphTest {

    @Test
    void bundledRmat10IsExactlyTheGeneratorsOutput() throws IOException {
        Path sample = Path.of("..", "samples", "graphs", "rmat-10.csv");
        assertThat(sample).exists();
        assertThat(EdgeCsvReader.read(sample)).isEqualTo(Rmat.generate(10, 8, 42));
        Path rewritten = Files.createTempFile("rmat-10", ".csv");
        try {
            EdgeCsvWriter.write(Rmat.generate(10, 8, 42), rewritten);
            assertThat(Files.readAllBytes(rewritten)).isEqualTo(Files.readAllBytes(sample));
        } finally {
            Files.delete(rewritten);
        }
    }
}
