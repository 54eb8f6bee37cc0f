package io.nereid.compiler.ast;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.parse.NqParser;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * For random trees of every node kind, formatting and parsing back gives an equivalent tree: the
 * formatter's parentheses and layout agree with the grammar's precedence and clause structure.
 */
class FormatterRoundTripTest {

    @Property(tries = 200)
    void formattedRandomProgramsParseToTheSameTree(@ForAll long seed) {
        Program program = new RandomAst(seed).program();
        String text = AstFormatter.format(program);
        Program parsed = NqParser.parse("random.nq", text);
        assertThat(AstEquivalence.equivalent(program, parsed))
                .as("seed %d formats to%n%s%nwhich parses to%n%s", seed, text, AstPrinter.print(parsed))
                .isTrue();
    }
}
