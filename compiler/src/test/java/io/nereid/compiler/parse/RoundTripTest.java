package io.nereid.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.ast.AstEquivalence;
import io.nereid.compiler.ast.AstFormatter;
import io.nereid.compiler.ast.AstPrinter;
import io.nereid.compiler.ast.Program;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** text → AST → formatted text → AST gives an equivalent tree, and formatting is a fixpoint. */
class RoundTripTest {

    static List<Path> programs() {
        return Corpus.programs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void formattedProgramParsesToTheSameTree(Path program) {
        Program original = NqParser.parse(Corpus.source(program));
        String formatted = AstFormatter.format(original);
        Program reparsed = NqParser.parse("formatted-" + program.getFileName(), formatted);
        assertThat(AstEquivalence.equivalent(original, reparsed))
                .as("formatted text of %s parses to a different tree:%n%s%nfirst tree:%n%s%nsecond tree:%n%s",
                        program, formatted, AstPrinter.print(original), AstPrinter.print(reparsed))
                .isTrue();
        assertThat(AstFormatter.format(reparsed)).as("formatting is idempotent").isEqualTo(formatted);
    }
}
