package org.adoptsim.cli.scenario.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.adoptsim.cli.SourceLocation;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static List<String> texts(CsvTable.Row r) {
        return r.cells().stream().map(CsvTable.Cell::text).toList();
    }

    @Test
    void readsQuotedFieldsCommentsAndBlankLinesWithLocations() {
        CsvTable t = CsvTable.parse("# teams\nname, note\n\n\"a, b\",\"say \"\"hi\"\"\"\r\n  c ,d\n", "t.csv");
        assertEquals(0, t.column("NAME"));
        assertEquals(1, t.column("note"));
        assertEquals(-1, t.column("other"));
        assertEquals(2, t.rows().size());
        assertEquals(List.of("a, b", "say \"hi\""), texts(t.rows().get(0)));
        assertEquals(List.of("c", "d"), texts(t.rows().get(1)));
        assertEquals(new SourceLocation("t.csv", 4, 1), t.rows().get(0).cells().get(0).where());
        assertEquals(new SourceLocation("t.csv", 5, 3), t.rows().get(1).cells().get(0).where());
        assertEquals(new SourceLocation("t.csv", 5, 6), t.rows().get(1).cells().get(1).where());
    }

    @Test
    void aQuotedFieldMaySpanLines() {
        CsvTable t = CsvTable.parse("a,b\n\"x\ny\",z\nq,r\n", "t.csv");
        assertEquals(List.of("x\ny", "z"), texts(t.rows().get(0)));
        assertEquals(4, t.rows().get(1).line());
    }

    @Test
    void reportsMalformedRowsWhereTheyAre() {
        assertEquals("t.csv:3:1: row has 3 fields but the header has 2",
                assertThrows(ScenarioException.class, () -> CsvTable.parse("a,b\n1,2\n3,4,5\n", "t.csv")).getMessage());
        assertEquals("t.csv:2:1: a quoted field is not closed",
                assertThrows(ScenarioException.class, () -> CsvTable.parse("a\n\"open\n", "t.csv")).getMessage());
        assertEquals("t.csv:2:3: a quote inside an unquoted field (quote the whole field)",
                assertThrows(ScenarioException.class, () -> CsvTable.parse("a\nab\"c\n", "t.csv")).getMessage());
        assertEquals("t.csv:1:1: the file has no header row",
                assertThrows(ScenarioException.class, () -> CsvTable.parse("# nothing\n\n", "t.csv")).getMessage());
    }

    @Test
    void namesTheMissingColumnButNeverQuotesTheHeader() {
        CsvTable t = CsvTable.parse("a,b\n1,2\n", "t.csv");
        assertEquals("t.csv:1:1: organisation.network.edges: needs a column 'from' in its header row (the first line);"
                + " the file has 2 columns and none is named 'from'",
                assertThrows(ScenarioException.class, () -> t.requireColumn("from", "organisation.network.edges"))
                        .getMessage());
    }
}
