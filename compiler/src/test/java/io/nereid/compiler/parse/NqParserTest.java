package io.nereid.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.compiler.ast.AstEquivalence;
import io.nereid.compiler.ast.AstFormatter;
import io.nereid.compiler.ast.Binary;
import io.nereid.compiler.ast.BinaryOp;
import io.nereid.compiler.ast.DateLiteral;
import io.nereid.compiler.ast.Expr;
import io.nereid.compiler.ast.FieldAccess;
import io.nereid.compiler.ast.ImportJava;
import io.nereid.compiler.ast.IntegerLiteral;
import io.nereid.compiler.ast.Lambda;
import io.nereid.compiler.ast.LetDecl;
import io.nereid.compiler.ast.MethodCall;
import io.nereid.compiler.ast.Name;
import io.nereid.compiler.ast.ParamDecl;
import io.nereid.compiler.ast.Program;
import io.nereid.compiler.ast.TupleExpr;
import io.nereid.compiler.ast.Unary;
import io.nereid.compiler.ast.UnaryOp;
import io.nereid.compiler.diag.NqCompileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NqParserTest {

    private static Expr let(String text) {
        Program p = NqParser.parse("t.nq", "let x = " + text + ";");
        return ((LetDecl) p.statements().get(0)).value();
    }

    private static void sameTree(String a, String b) {
        assertThat(AstEquivalence.equivalent(let(a), let(b))).as("%s  vs  %s", a, b).isTrue();
    }

    @Test
    void multiplicationBindsTighterThanAddition() {
        Binary add = (Binary) let("1 + 2 * 3");
        assertThat(add.op()).isEqualTo(BinaryOp.ADD);
        assertThat(((Binary) add.right()).op()).isEqualTo(BinaryOp.MUL);
        sameTree("1 - 2 - 3", "(1 - 2) - 3");
    }

    @Test
    void notBindsLooserThanComparisonAndTighterThanAnd() {
        Binary and = (Binary) let("not a == b and c");
        assertThat(and.op()).isEqualTo(BinaryOp.AND);
        Unary not = (Unary) and.left();
        assertThat(not.op()).isEqualTo(UnaryOp.NOT);
        assertThat(((Binary) not.operand()).op()).isEqualTo(BinaryOp.EQ);
        sameTree("a or b and c", "a or (b and c)");
    }

    @Test
    void symbolicOperatorsMeanTheirWords() {
        sameTree("!a && b || c", "not a and b or c");
    }

    @Test
    void unaryMinusAppliesToTheMemberAndBindsTighterThanProducts() {
        Binary mul = (Binary) let("-a.b * 2");
        Unary neg = (Unary) mul.left();
        assertThat(neg.op()).isEqualTo(UnaryOp.NEGATE);
        assertThat(neg.operand()).isInstanceOf(FieldAccess.class);
    }

    @Test
    void parenthesesAreNotTuplesButNamedOrSeveralFieldsAre() {
        assertThat(let("(a)")).isInstanceOf(Name.class);
        assertThat(let("(a: 1)")).isInstanceOf(TupleExpr.class);
        assertThat(((TupleExpr) let("(a, b)")).fields()).hasSize(2);
    }

    @Test
    void methodCallsTakeLambdasWithOneOrSeveralParameters() {
        MethodCall m = (MethodCall) let("r.where(x => x.a > 1).select((x, i) => x)");
        assertThat(m.method().name()).isEqualTo("select");
        assertThat(((Lambda) m.arguments().get(0)).parameters()).extracting(p -> p.name()).containsExactly("x", "i");
        MethodCall inner = (MethodCall) m.target();
        assertThat(inner.method().name()).isEqualTo("where");
        assertThat(((Lambda) inner.arguments().get(0)).parameters()).hasSize(1);
    }

    @Test
    void staticJavaCallsAreMethodCallsOnAName() {
        MethodCall m = (MethodCall) let("Fns.f(1, 2)");
        assertThat(m.target()).isInstanceOf(Name.class);
        assertThat(m.arguments()).hasSize(2);
    }

    @Test
    void softKeywordsAreNamesWhereANameFits() {
        FieldAccess f = (FieldAccess) let("t.to");
        assertThat(f.field().name()).isEqualTo("to");
        assertThat(let("date")).isInstanceOf(Name.class);
        assertThat(let("date \"2024-02-29\"")).isEqualTo(new DateLiteral(
                io.nereid.compiler.diag.SourceFile.of("t.nq", "let x = date \"2024-02-29\";").location(1, 9),
                LocalDate.of(2024, 2, 29)));
    }

    @Test
    void negativeParameterDefaultIsOneLiteral() {
        Program p = NqParser.parse("t.nq", "param p : long = -9223372036854775808;");
        IntegerLiteral value = (IntegerLiteral) ((ParamDecl) p.statements().get(0)).defaultValue().orElseThrow();
        assertThat(value.value()).isEqualTo(Long.MIN_VALUE);
        assertThat(AstFormatter.format(p)).isEqualTo("param p : long = -9223372036854775808;\n");
    }

    @Test
    void importAliasDefaultsToTheSimpleName() {
        Program p = NqParser.parse("t.nq", "import java com.acme.Fns;\nimport java java.lang.Math as M;");
        ImportJava a = (ImportJava) p.statements().get(0);
        ImportJava b = (ImportJava) p.statements().get(1);
        assertThat(a.className()).isEqualTo("com.acme.Fns");
        assertThat(a.alias().name()).isEqualTo("Fns");
        assertThat(b.alias().name()).isEqualTo("M");
    }

    @Test
    void locationsAreOneBasedLineAndColumn() {
        Program p = NqParser.parse("t.nq", "\n  let  y = a +\n\tb;");
        LetDecl l = (LetDecl) p.statements().get(0);
        assertThat(l.location().display()).isEqualTo("t.nq:2:3");
        assertThat(l.name().location().display()).isEqualTo("t.nq:2:8");
        Binary b = (Binary) l.value();
        assertThat(b.right().location().display()).isEqualTo("t.nq:3:2");
    }

    @Test
    void emptyProgramIsValid() {
        assertThat(NqParser.parse("t.nq", "  // nothing\n").statements()).isEmpty();
    }

    @Test
    void reportsEveryErrorOfAFile() {
        assertThatThrownBy(() -> NqParser.parse("t.nq", "let a = 1 +;\nlet b = (;\nlet c = 3;\nlet d = ) ;"))
                .isInstanceOfSatisfying(NqCompileException.class, e -> assertThat(e.diagnostics())
                        .extracting(d -> d.location().line()).containsExactly(1, 2, 4));
    }

    @Test
    void absurdNestingIsACompileErrorNotACrash() {
        String deep = "let x = " + "(".repeat(200_000) + "1" + ")".repeat(200_000) + ";";
        assertThatThrownBy(() -> NqParser.parse("deep.nq", deep))
                .isInstanceOf(NqCompileException.class)
                .hasMessageContaining("deep.nq:1:1: error: the program is nested too deeply to parse");
    }

    @Test
    void corpusProgramsNeedOnlyTheFastSllStage() {
        for (Path program : Corpus.programs()) {
            assertThat(NqParser.needsFullLl(Corpus.source(program))).as("%s falls back to LL", program).isFalse();
        }
    }
}
