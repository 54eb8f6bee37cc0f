package io.nereid.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.ast.AstPrinter;
import io.nereid.compiler.ast.Program;
import io.nereid.compiler.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus program parses, and its AST printout matches {@code golden/ast/NAME.txt}. */
class CorpusAstTest {

    static List<Path> programs() {
        return Corpus.programs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void parsesToTheGoldenTree(Path program) {
        Program ast = NqParser.parse(Corpus.source(program));
        assertThat(ast.statements()).as("statements of %s", program).isNotEmpty();
        Golden.assertMatches("ast", Corpus.name(program), AstPrinter.print(ast));
    }
}
