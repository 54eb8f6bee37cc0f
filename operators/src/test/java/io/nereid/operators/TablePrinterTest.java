package io.nereid.operators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TablePrinterTest {
    @Test
    void printsHeaderRowsSortedAndCount() {
        RelationInfo r = new RelationInfo("counts",
                List.of(new Column("word", ColumnKind.STRING), new Column("n", ColumnKind.LONG)), Optional.empty());
        ResultCollector c = new ResultCollector(r, 2);
        c.part(1).add(new Object[] {"the", 12L});
        c.part(0).add(new Object[] {"a", 3L});
        StringWriter out = new StringWriter();
        TablePrinter.print(c.table(), new PrintWriter(out));
        assertThat(out.toString()).isEqualTo("""
                word | n
                -----+---
                a    |  3
                the  | 12
                (2 rows)
                """);
    }
}
