package io.nereid.compiler.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.parse.ErrorTable;
import io.nereid.compiler.parse.NqParser;
import io.nereid.compiler.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program of {@code errors/semantic.txt} and {@code errors/vertex.txt} (bad uses of {@code
 * threshold(n)} and of {@code apply(MyVertex, ...)}) parses but fails analysis with exactly the
 * message of its table (all its errors, in source order). With {@code -Dnereid.bless=true} the
 * tables' messages are rewritten instead (review the diff).
 */
class SemanticErrorTableTest {
    private static final List<Path> TABLES = List.of(ErrorTable.file("semantic.txt"), ErrorTable.file("vertex.txt"));

    static Stream<Arguments> cases() {
        return TABLES.stream().flatMap(t -> ErrorTable.read(t).stream()
                .map(c -> Arguments.of(t.getFileName().toString(), c)));
    }

    static String actual(ErrorTable.Case c) {
        NqParser.parse("case.nq", c.program());
        NqCompileException e = catchThrowableOfType(NqCompileException.class, () -> Frontend.compile("case.nq", c.program()));
        assertThat(e).as("%s: the program should not compile:%n%s", c.title(), c.program()).isNotNull();
        return e.getMessage();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void reportsTheExactMessage(String table, ErrorTable.Case c) {
        String message = actual(c);
        if (!Golden.blessing()) {
            assertThat(message).as("message for '%s'", c.title()).isEqualTo(c.expected());
        }
    }

    @AfterAll
    static void blessTable() {
        if (Golden.blessing()) {
            TABLES.forEach(t -> ErrorTable.rewrite(t, SemanticErrorTableTest::actual));
        }
    }
}
