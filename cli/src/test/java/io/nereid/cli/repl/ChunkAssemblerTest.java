package io.nereid.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkAssemblerTest {

    private static List<Chunk> assemble(String... lines) {
        ChunkAssembler a = new ChunkAssembler("t.nqs");
        List<Chunk> out = new ArrayList<>();
        for (String line : lines) {
            out.addAll(a.addLine(line));
        }
        a.finish().ifPresent(out::add);
        return out;
    }

    @Test
    void aStatementSpansLinesUntilItsSemicolon() {
        List<Chunk> chunks = assemble("let d = from e in edges", "        select e;", "d;");
        assertThat(chunks).extracting(Chunk::text)
                .containsExactly("let d = from e in edges\n        select e;", "d;");
        assertThat(chunks.get(1).line()).isEqualTo(3);
        assertThat(chunks.get(1).column()).isEqualTo(1);
    }

    @Test
    void severalStatementsOnOneLineKeepTheirColumns() {
        List<Chunk> chunks = assemble("let a = edges;  a;");
        assertThat(chunks).extracting(Chunk::text).containsExactly("let a = edges;", "  a;");
        assertThat(chunks.get(1).line()).isEqualTo(1);
        assertThat(chunks.get(1).column()).isEqualTo(15);
        assertThat(chunks.get(1).locationOf(chunks.get(1).start()).display()).isEqualTo("t.nqs:1:17");
    }

    @Test
    void semicolonsInStringsCommentsAndIterateBodiesDoNotEndAStatement() {
        List<Chunk> chunks = assemble(
                "let s = \"a;b\"; // x; y",
                "/* one; two",
                "   three; */ let r = iterate x = a until fixpoint {",
                "  let y = x; y",
                "};");
        assertThat(chunks).extracting(Chunk::text).containsExactly("let s = \"a;b\";",
                "/* one; two\n   three; */ let r = iterate x = a until fixpoint {\n  let y = x; y\n};");
        assertThat(chunks.get(1).locationOf(chunks.get(1).text().indexOf("let")).display()).isEqualTo("t.nqs:3:14");
    }

    @Test
    void aCommandIsOneLineButExplainEndsLikeAStatement() {
        List<Chunk> chunks = assemble(":load edges e.csv", ":explain from e in edges", "  select e;", "edges;");
        assertThat(chunks).extracting(Chunk::text)
                .containsExactly(":load edges e.csv", ":explain from e in edges\n  select e;", "edges;");
        assertThat(chunks.get(2).line()).isEqualTo(4);
    }

    @Test
    void aCommandAfterAStatementWithoutSemicolonEndsThatStatement() {
        List<Chunk> chunks = assemble("from e in edges select e", ":schema");
        assertThat(chunks).extracting(Chunk::text).containsExactly("from e in edges select e", ":schema");
    }

    @Test
    void blankLinesAndCommentsAloneMakeNoChunk() {
        assertThat(assemble("", "   ", "// just a comment", "/* and", "this */")).isEmpty();
    }

    @Test
    void anUnfinishedStatementAtTheEndIsStillHandedOver() {
        assertThat(assemble("edges")).extracting(Chunk::text).containsExactly("edges");
    }

    @Test
    void theScannerSaysWhenABufferIsComplete() {
        assertThat(StatementScanner.scan("from e in edges select e;").isComplete()).isTrue();
        assertThat(StatementScanner.scan("from e in edges").isComplete()).isFalse();
        assertThat(StatementScanner.scan("let a = b; from e").isComplete()).isFalse();
        assertThat(StatementScanner.scan("iterate x = a times 2 { x; ").isComplete()).isFalse();
        assertThat(StatementScanner.scan("a; /* open").isComplete()).isFalse();
        assertThat(StatementScanner.scan("a; // done").isComplete()).isTrue();
        assertThat(StatementScanner.scan(" /* c */ ").isBlank()).isTrue();
    }
}
