package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tables {@code nq run} prints (a {@code name:} line, a header, a rule, the rows, the
 * row count; outputs separated by a blank line) and compares them with reference rows or with
 * another printout. Doubles are compared with a tolerance, because the order in which workers
 * add up partial sums changes their last bits; everything else must be equal as text.
 */
final class SampleTables {
    private static final double TOLERANCE = 1e-9;

    private SampleTables() {
    }

    /** One printed table: its column names and the cells of each row, trimmed. */
    record Table(List<String> columns, List<List<String>> rows) {}

    /** The tables of a printout, by output name, in print order. */
    static Map<String, Table> parse(String text) {
        Map<String, Table> tables = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isEmpty()) {
                i++;
                continue;
            }
            String title = lines.get(i);
            assertThat(title).as("a table starts with its output's name").endsWith(":");
            List<String> columns = cells(lines.get(i + 1));
            assertThat(lines.get(i + 2)).as("the rule under the header of " + title).matches("-+(-\\+-+)*");
            List<List<String>> rows = new ArrayList<>();
            int j = i + 3;
            while (!lines.get(j).startsWith("(")) {
                rows.add(cells(lines.get(j)));
                j++;
            }
            assertThat(lines.get(j)).isEqualTo("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
            tables.put(title.substring(0, title.length() - 1), new Table(columns, rows));
            i = j + 1;
        }
        return tables;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split(" \\| ", -1)) {
            out.add(c.trim());
        }
        return out;
    }

    /** Asserts that the printout holds exactly the reference's outputs, rows and values. */
    static void assertMatches(String text, Map<String, List<List<Object>>> reference) {
        Map<String, Table> tables = parse(text);
        assertThat(tables.keySet()).as("the outputs printed").containsExactlyElementsOf(reference.keySet());
        reference.forEach((name, rows) -> {
            Table t = tables.get(name);
            assertThat(t.rows()).as("the rows of %s", name).hasSameSizeAs(rows);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> want = rows.get(r);
                List<String> got = t.rows().get(r);
                assertThat(got).as("row %d of %s", r, name).hasSameSizeAs(want);
                for (int c = 0; c < want.size(); c++) {
                    String where = "row " + r + " column " + t.columns().get(c) + " of " + name;
                    if (want.get(c) instanceof Double d) {
                        assertThat(Double.parseDouble(got.get(c))).as(where).isCloseTo(d, within(TOLERANCE));
                    } else {
                        assertThat(got.get(c)).as(where).isEqualTo(String.valueOf(want.get(c)));
                    }
                }
            }
        });
    }

    /** Asserts that two printouts are the same line by line, doubles within the tolerance. */
    static void assertSamePrintout(String actual, String expected) {
        List<String> a = actual.lines().toList();
        List<String> e = expected.lines().toList();
        assertThat(a).as("the number of lines printed").hasSameSizeAs(e);
        for (int i = 0; i < e.size(); i++) {
            if (a.get(i).equals(e.get(i))) {
                continue;
            }
            List<String> ac = cells(a.get(i));
            List<String> ec = cells(e.get(i));
            assertThat(ac).as("line %d: %s", i + 1, a.get(i)).hasSameSizeAs(ec);
            for (int c = 0; c < ec.size(); c++) {
                if (!ac.get(c).equals(ec.get(c))) {
                    assertThat(ec.get(c)).as("line %d: %s instead of %s", i + 1, a.get(i), e.get(i)).contains(".");
                    assertThat(Double.parseDouble(ac.get(c))).as("line %d", i + 1)
                            .isCloseTo(Double.parseDouble(ec.get(c)), within(TOLERANCE));
                }
            }
        }
    }
}
