package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunCommandTest {
    private static final Path WORDCOUNT = Path.of("..", "samples", "wordcount", "wordcount.nq");
    private static final Path DOCS = Path.of("..", "samples", "wordcount", "docs.csv");

    @TempDir
    Path dir;

    /** The reference: a word count written as a plain loop over the CSV file. */
    private static Map<String, Long> referenceWordCount(Path csv) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            boolean header = true;
            for (CsvRecord r : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                for (String w : r.getField(1).split(" ")) {
                    if (!w.isEmpty()) {
                        counts.merge(w.toLowerCase(Locale.ROOT), 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static List<String> table(Map<String, Long> counts) {
        int width = Math.max("word".length(), counts.keySet().stream().mapToInt(String::length).max().orElse(0));
        int numbers = Math.max(1, counts.values().stream().mapToInt(n -> Long.toString(n).length()).max().orElse(0));
        List<String> lines = new ArrayList<>();
        lines.add("counts:");
        lines.add(String.format("%-" + width + "s | n", "word"));
        lines.add("-".repeat(width) + "-+-" + "-".repeat(numbers));
        counts.forEach((w, n) -> lines.add(String.format("%-" + width + "s | %" + numbers + "d", w, n)));
        lines.add("(" + counts.size() + " rows)");
        return lines;
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2})
    void wordcountSamplePrintsTheCountsOfAJavaLoop(int workers) throws IOException {
        NqRun run = NqRun.of("run", WORDCOUNT.toString(), "--workers", String.valueOf(workers));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactlyElementsOf(table(referenceWordCount(DOCS)));
    }

    @Test
    void wordcountOnTwoLocalProcessesPrintsTheSameCounts() throws IOException {
        NqRun run = NqRun.of("run", WORDCOUNT.toString(), "--processes", "2", "--local", "--workers", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactlyElementsOf(table(referenceWordCount(DOCS)));
    }

    @Test
    void outputToCsvWritesAHeaderAndEveryRow() throws IOException {
        Path out = dir.resolve("counts.csv");
        NqRun run = NqRun.of("run", WORDCOUNT.toString(), "--output", "counts=" + out, "--workers", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Long> expected = referenceWordCount(DOCS);
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(out)) {
            reader.forEach(r -> records.add(r.getFields()));
        }
        assertThat(records.get(0)).containsExactly("word", "n");
        List<List<String>> rows = new ArrayList<>();
        expected.forEach((w, n) -> rows.add(List.of(w, String.valueOf(n))));
        assertThat(records.subList(1, records.size())).containsExactlyElementsOf(rows);
        assertThat(Files.readString(out)).contains("\"in,\",1\n"); // a field with a comma is quoted
        assertThat(run.out()).isEqualTo("wrote " + expected.size() + " rows of counts to " + out + "\n");
    }

    @Test
    void inputFlagOverridesTheProgramsDefault() throws IOException {
        Path docs = dir.resolve("d.csv");
        Files.writeString(docs, "text,id\n\"b a  B\",1\nA,2\n");
        NqRun run = NqRun.of("run", WORDCOUNT.toString(), "--input", "docs=" + docs);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("counts:", "word | n", "-----+--", "a    | 2", "b    | 2",
                "(2 rows)");
    }

    @Test
    void aMissingBindingListsTheDeclaredInputs() throws IOException {
        Path program = dir.resolve("p.nq");
        Files.writeString(program, "input edges : (src: long, dst: long);\ninput names : (id: long, name: string);\n"
                + "output edges;\n");
        NqRun run = NqRun.of("run", program.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).isEqualTo("nq run: Missing input binding for 'edges': the program declares"
                + " edges(src: long, dst: long), names(id: long, name: string); bind each with --input NAME=FILE.csv");
    }

    @Test
    void anUnknownInputNameIsAUsageError() {
        NqRun run = NqRun.of("run", WORDCOUNT.toString(), "--input", "doc=x.csv");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).isEqualTo("nq run: Option '--input' names 'doc', but the program has no input"
                + " of that name; it declares docs(id: long, text: string)");
    }

    @Test
    void aCompileErrorPrintsTheLocatedDiagnosticAndExits1() throws IOException {
        Path program = dir.resolve("bad.nq");
        Files.writeString(program, "input docs : (id: long, text: string);\noutput dcos;\n");
        NqRun run = NqRun.of("run", program.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.firstErrorLine()).startsWith(program + ":2:8: error:");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMalformedRowStopsTheRunWithItsLocation() throws IOException {
        Path program = dir.resolve("sum.nq");
        Files.writeString(program, "input edges : (src: long, dst: long);\n"
                + "let degree = from e in edges where e.dst > 0 group e by e.src into g select (src: g.key, n: count(g));\n"
                + "output degree;\n"); // reads dst: a column nobody reads is not parsed, so not checked either
        Path edges = dir.resolve("edges.csv");
        Files.writeString(edges, "src,dst\n1,2\n1,3\n2,x\n");
        NqRun run = NqRun.of("run", program.toString(), "--input", "edges=" + edges);
        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).startsWith("nq run: " + edges + ":4:3: field 'dst' expects a long, but the value is 'x'\n"
                + "hint: fix the row, or run with --on-bad-row=skip to skip such rows");
        NqRun skip = NqRun.of("run", program.toString(), "--input", "edges=" + edges, "--on-bad-row=skip");
        assertThat(skip.exitCode()).as(skip.err()).isZero();
        assertThat(skip.err()).isEqualTo("nq run: skipped 1 bad row of input 'edges' (" + edges + ")\n");
        assertThat(skip.out().lines()).containsExactly("degree:", "src | n", "----+--", "  1 | 2", "(1 row)");
    }

    @Test
    void nullsPrintAsNullAndWriteAsEmptyCsvFields() throws IOException {
        Path program = dir.resolve("left.nq");
        Files.writeString(program, "input a : (k: long);\ninput b : (k: long, v: string);\n"
                + "let j = from x in a left join y in b on x.k equals y.k select (k: x.k, v: y.v);\noutput j;\n");
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "k\n1\n2\n");
        Files.writeString(b, "k,v\n2,two\n");
        NqRun run = NqRun.of("run", program.toString(), "--input", "a=" + a, "--input", "b=" + b, "--workers", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("j:", "k | v", "--+-----", "1 | null", "2 | two", "(2 rows)");
        Path out = dir.resolve("j.csv");
        NqRun csv = NqRun.of("run", program.toString(), "--input", "a=" + a, "--input", "b=" + b, "--output", "j=" + out);
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo("k,v\n1,\n2,two\n");
    }

    @Test
    void paramsAreSetFromTheCommandLine() throws IOException {
        Path program = dir.resolve("param.nq");
        Files.writeString(program, "input a : (k: long);\nparam min : long = 2;\nparam factor : long;\n"
                + "let big = from x in a where x.k >= min select (k: x.k * factor);\noutput big;\n");
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "k\n1\n2\n3\n");
        NqRun run = NqRun.of("run", program.toString(), "--input", "a=" + a, "--param", "factor=10");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("big:", "k", "--", "20", "30", "(2 rows)");
        NqRun both = NqRun.of("run", program.toString(), "--input", "a=" + a, "--param", "factor=1", "--param", "min=3");
        assertThat(both.out().lines()).containsExactly("big:", "k", "-", "3", "(1 row)");
        NqRun missing = NqRun.of("run", program.toString(), "--input", "a=" + a);
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(missing.firstErrorLine()).isEqualTo("nq run: Param 'factor' (long) has no default: give it a value"
                + " with --param factor=VALUE");
        NqRun bad = NqRun.of("run", program.toString(), "--input", "a=" + a, "--param", "factor=ten");
        assertThat(bad.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(bad.firstErrorLine()).isEqualTo("nq run: Invalid value for option '--param': 'ten' is not a long"
                + " (param 'factor' is declared long)");
        NqRun unknown = NqRun.of("run", program.toString(), "--input", "a=" + a, "--param", "fator=1");
        assertThat(unknown.firstErrorLine()).isEqualTo("nq run: Option '--param' names 'fator', but the program has no"
                + " param of that name; it declares min: long = 2, factor: long");
    }

    @Test
    void aFailureWhileRunningNamesTheStageAndWhatItComputes() throws IOException {
        Path program = dir.resolve("div.nq");
        Files.writeString(program, "input e : (a: long, b: long);\nlet q = from x in e select (r: x.a / x.b);\noutput q;\n");
        Path e = dir.resolve("e.csv");
        Files.writeString(e, "a,b\n4,2\n1,0\n");
        NqRun run = NqRun.of("run", program.toString(), "--input", "e=" + e, "--workers", "2");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("nq run: stage 'stage 1 map: project [(a#0 / b#1)]' failed on worker ")
                .contains("ArithmeticException: / by zero").doesNotContain("\tat ");
    }

    @Test
    void aMissingProgramIsAUsageError() {
        NqRun run = NqRun.of("run", dir.resolve("none.nq").toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).isEqualTo("nq run: Cannot read '" + dir.resolve("none.nq") + "': no such file");
    }
}
