package io.nereid.compiler.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
    private final SourceFile file = SourceFile.of("prog.nq", "input e : (a: long);\nlet x = form e in edges select e;\n");

    @Test
    void locatesOffsetsOnOneBasedLinesAndColumns() {
        assertThat(file.locationOf(0)).isEqualTo(new SourceLocation(file, 1, 1));
        int offset = file.text().indexOf("form");
        SourceLocation at = file.locationOf(offset);
        assertThat(at.line()).isEqualTo(2);
        assertThat(at.column()).isEqualTo(9);
        assertThat(at.display()).isEqualTo("prog.nq:2:9");
        assertThat(file.lineCount()).isEqualTo(3);
        assertThat(file.line(2)).isEqualTo("let x = form e in edges select e;");
        assertThat(file.line(3)).isEmpty();
        assertThat(file.line(99)).isEmpty();
    }

    @Test
    void handlesCrLfAndLoneCr() {
        SourceFile crlf = SourceFile.of("w.nq", "a\r\nbb\rccc");
        assertThat(crlf.lineCount()).isEqualTo(3);
        assertThat(crlf.line(1)).isEqualTo("a");
        assertThat(crlf.line(2)).isEqualTo("bb");
        assertThat(crlf.line(3)).isEqualTo("ccc");
        assertThat(crlf.locationOf(crlf.text().indexOf("ccc") + 1).display()).isEqualTo("w.nq:3:2");
    }

    @Test
    void formatsWithCaretAndHint() {
        Diagnostic d = Diagnostic.error(file.location(2, 9), "unexpected 'form'", "did you mean 'from'?");
        assertThat(d.format()).isEqualTo("""
                prog.nq:2:9: error: unexpected 'form'
                let x = form e in edges select e;
                        ^
                hint: did you mean 'from'?""");
    }

    @Test
    void caretFollowsTabs() {
        SourceFile tabs = SourceFile.of("t.nq", "\tlet\tx = 1;");
        Diagnostic d = Diagnostic.error(tabs.location(1, 6), "bad");
        assertThat(d.format()).endsWith("\tlet\tx = 1;\n\t   \t^");
    }

    @Test
    void exceptionListsEveryDiagnostic() {
        Diagnostic a = Diagnostic.error(file.location(1, 1), "first");
        Diagnostic b = Diagnostic.error(file.location(2, 1), "second");
        NqCompileException e = new NqCompileException(List.of(a, b));
        assertThat(e.diagnostics()).containsExactly(a, b);
        assertThat(e.getMessage()).isEqualTo(a.format() + "\n\n" + b.format());
        assertThatThrownBy(() -> new NqCompileException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
