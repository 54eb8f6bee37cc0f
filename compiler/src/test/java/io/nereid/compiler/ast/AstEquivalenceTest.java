package io.nereid.compiler.ast;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.compiler.parse.NqParser;
import org.junit.jupiter.api.Test;

class AstEquivalenceTest {

    @Test
    void ignoresLocationsButNotContent() {
        Program a = NqParser.parse("a.nq", "input e : (x: long);\nlet y = from r in e where r.x > 1 select r;");
        Program b = NqParser.parse("b.nq", "input e:(x:long); let y =\n  from r in e\n  where (r.x > 1)\n  select r;");
        Program c = NqParser.parse("c.nq", "input e : (x: long);\nlet y = from r in e where r.x > 2 select r;");
        Program d = NqParser.parse("d.nq", "input e : (x: long);\nlet y = from r in e where r.x >= 1 select r;");
        assertThat(a).isNotEqualTo(b);
        assertThat(AstEquivalence.equivalent(a, b)).isTrue();
        assertThat(AstEquivalence.equivalent(a, c)).isFalse();
        assertThat(AstEquivalence.equivalent(a, d)).isFalse();
    }

    @Test
    void distinguishesPresentAndAbsentOptionals() {
        Program a = NqParser.parse("a.nq", "output x;");
        Program b = NqParser.parse("b.nq", "output x to \"x.csv\";");
        assertThat(AstEquivalence.equivalent(a, b)).isFalse();
    }

    @Test
    void printsACanonicalTree() {
        Program p = NqParser.parse("p.nq", "let y = -a + f(\"q\\\"\");");
        assertThat(AstPrinter.print(p)).isEqualTo("""
                Program @1:1
                  statements:
                    - LetDecl @1:1
                        name: Identifier(name="y") @1:5
                        value: Binary(op=ADD) @1:9
                          left: Unary(op=NEGATE) @1:9
                            operand: Name(name="a") @1:10
                          right: Call @1:14
                            function: Identifier(name="f") @1:14
                            arguments:
                              - StringLiteral(value="q\\"") @1:16
                """);
    }

    @Test
    void formatterAddsParenthesesOnlyWherePrecedenceNeedsThem() {
        Program p = NqParser.parse("p.nq", "let y = (a + b) * c - (d - e) + -(f.g) + (not h and i);");
        assertThat(AstFormatter.format(p)).isEqualTo("let y = (a + b) * c - (d - e) + -f.g + (not h and i);\n");
    }
}
