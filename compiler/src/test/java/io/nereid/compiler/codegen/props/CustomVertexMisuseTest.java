package io.nereid.compiler.codegen.props;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.exec.Config;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a custom vertex that misuses the generated adapter is told (the run fails with the reason). */
class CustomVertexMisuseTest {
    @ParameterizedTest(name = "mistake {0}")
    @CsvSource(delimiter = '|', value = {
        "1|set every column before emit(): column 1 (n) is not set",
        "2|column 1 (n: long) cannot be set with setString",
        "3|column 0 (k: long) cannot be read with getString",
        "4|emitCopy needs the output (k: long, n: long) to be the input (k: long)"})
    void theRunFailsWithTheReason(int mistake, String message) {
        Programs.Compiled p = Programs.compile("misuse" + mistake, """
                import java io.nereid.compiler.analyze.vertices.Misuse;
                input a : (k: long);
                let x = a.apply(Misuse, %d);
                output x;
                """.formatted(mistake));
        List<Object[]> rows = List.<Object[]>of(new Object[] {1L}, new Object[] {2L});
        assertThatThrownBy(() -> Programs.run(p, Config.workers(1), Map.of("a", rows)))
                .hasStackTraceContaining(message);
    }
}
