package io.nereid.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.nereid.compiler.diag.NqCompileException;
import io.nereid.compiler.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program of {@code errors/syntax.txt} fails to parse with exactly the message of the table.
 * With {@code -Dnereid.bless=true} the table's messages are rewritten instead (review the diff); a
 * case added with an empty message gets its message written on the next run, like a new golden.
 */
class SyntaxErrorTableTest {
    private static final Path TABLE = ErrorTable.file("syntax.txt");

    static List<ErrorTable.Case> cases() {
        return ErrorTable.read(TABLE);
    }

    static String actual(ErrorTable.Case c) {
        NqCompileException e = catchThrowableOfType(NqCompileException.class,
                () -> NqParser.parse("case.nq", c.program()));
        assertThat(e).as("%s: the program should not parse:%n%s", c.title(), c.program()).isNotNull();
        return e.getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheExactMessage(ErrorTable.Case c) {
        String message = actual(c);
        if (!Golden.blessing() && !c.expected().isEmpty()) {
            assertThat(message).as("message for '%s'", c.title()).isEqualTo(c.expected());
        }
    }

    /** Blessing rewrites every message; a new case with an empty message gets its message written. */
    @AfterAll
    static void blessTable() {
        if (Golden.blessing()) {
            ErrorTable.rewrite(TABLE, SyntaxErrorTableTest::actual);
        } else if (cases().stream().anyMatch(c -> c.expected().isEmpty())) {
            ErrorTable.rewrite(TABLE, c -> c.expected().isEmpty() ? actual(c) : c.expected());
        }
    }
}
