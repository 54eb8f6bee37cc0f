package io.nereid.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvSourceTest {
    private static final RelationInfo EDGES = new RelationInfo("edges",
            List.of(new Column("src", ColumnKind.LONG), new Column("dst", ColumnKind.LONG)), Optional.empty());

    private static List<String> read(CsvSource s) {
        List<String> out = new ArrayList<>();
        while (s.next()) {
            out.add(s.getLong(0) + "->" + s.getLong(1));
        }
        s.close();
        return out;
    }

    @Test
    void aHeaderMapsColumnsByNameInAnyOrder() {
        CsvSource s = CsvSource.ofText("e.csv", "DST, src,weight\n2,1,0.5\n4,3,1\n", EDGES, BadRowPolicy.FAIL);
        assertThat(read(s)).containsExactly("1->2", "3->4");
    }

    @Test
    void withoutAHeaderTheFirstRowIsData() {
        CsvSource s = CsvSource.ofText("e.csv", "1,2\n 3 ,4\n", EDGES, BadRowPolicy.FAIL);
        assertThat(read(s)).containsExactly("1->2", "3->4");
    }

    @Test
    void aBadValueNamesFileLineColumnFieldAndType() {
        CsvSource s = CsvSource.ofText("e.csv", "src,dst\n1,2\n30,x\n", EDGES, BadRowPolicy.FAIL);
        assertThat(s.next()).isTrue();
        assertThatThrownBy(s::next).isInstanceOf(CsvRowException.class)
                .hasMessage("e.csv:3:4: field 'dst' expects a long, but the value is 'x'");
    }

    @Test
    void aShortRowIsReported() {
        CsvSource s = CsvSource.ofText("e.csv", "src,dst\n1\n", EDGES, BadRowPolicy.FAIL);
        assertThatThrownBy(s::next).isInstanceOf(CsvRowException.class)
                .hasMessage("e.csv:2:1: the row has 1 field, but field 'dst' (long) is column 2");
    }

    @Test
    void skipModeSkipsAndCounts() {
        CsvSource s = CsvSource.ofText("e.csv", "src,dst\n1,2\nx,3\n4\n5,6\n", EDGES, BadRowPolicy.SKIP);
        assertThat(read(s)).containsExactly("1->2", "5->6");
        assertThat(s.skippedRows()).isEqualTo(2);
    }

    @Test
    void typedColumnsParse() {
        RelationInfo r = new RelationInfo("t", List.of(new Column("b", ColumnKind.BOOL), new Column("i", ColumnKind.INT),
                new Column("d", ColumnKind.DOUBLE), new Column("s", ColumnKind.STRING), new Column("day", ColumnKind.DATE)),
                Optional.empty());
        CsvSource s = CsvSource.ofText("t.csv", "b,i,d,s,day\ntrue,7,2.5,\"a, b\",1970-01-03\n", r, BadRowPolicy.FAIL);
        assertThat(s.next()).isTrue();
        assertThat(s.getBool(0)).isTrue();
        assertThat(s.getInt(1)).isEqualTo(7);
        assertThat(s.getDouble(2)).isEqualTo(2.5);
        assertThat(s.getString(3)).isEqualTo("a, b");
        assertThat(s.getDate(4)).isEqualTo(2);
        assertThat(s.next()).isFalse();
    }
}
