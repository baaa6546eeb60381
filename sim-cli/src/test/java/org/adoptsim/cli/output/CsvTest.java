package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyWhatNeedsQuoting() throws Exception {
        StringWriter w = new StringWriter();
        new Csv(w).row(List.of("plain", "a,b", "say \"hi\"", "two\nlines")).cell(0.25).cell(3L).cell(Double.NaN).end();
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n0.25,3,\n", w.toString());
    }

    @Test
    void quotesLeadingAndTrailingSpacesSoReadersThatTrimKeepThem() {
        assertEquals("\" x\",\"y \",a b,", Csv.line(List.of(" x", "y ", "a b", "")));
        StringBuilder b = new StringBuilder();
        Csv.append(b, "q\"");
        assertEquals("\"q\"\"\"", b.toString());
    }

    @Test
    void readsBackWhatItWrites() throws Exception {
        StringWriter w = new StringWriter();
        Csv csv = new Csv(w);
        csv.row(List.of("strategy", "value", "note"));
        csv.cell("earn, then mandate").cell(0.5).cell("").end();
        csv.cell("x\"y").cell(Double.NaN).cell("multi\r\nline").end();
        CsvTable t = CsvTable.parse("t.csv", w.toString());
        assertEquals(2, t.size());
        assertEquals("earn, then mandate", t.text(0, "strategy"));
        assertEquals(0.5, t.number(0, "value"));
        assertTrue(Double.isNaN(t.number(1, "value")));
        assertEquals("x\"y", t.text(1, "strategy"));
        assertEquals("multi\r\nline", t.text(1, "note"));
    }

    @Test
    void errorsNameTheFileLineAndColumn() {
        OutputFormatException ragged = assertThrows(OutputFormatException.class,
                () -> CsvTable.parse("summary.csv", "a,b\n1,2\n3\n"));
        assertEquals("summary.csv line 3: 1 fields, expected 2", ragged.getMessage());
        CsvTable t = CsvTable.parse("weekly.csv", "week,x\n1,abc\n");
        OutputFormatException bad = assertThrows(OutputFormatException.class, () -> t.number(0, "x"));
        assertEquals("weekly.csv line 2, column x: 'abc' is not a number", bad.getMessage());
        assertThrows(OutputFormatException.class, () -> t.column("missing"));
        assertThrows(OutputFormatException.class, () -> CsvTable.parse("q.csv", "a\n\"open\n"));
    }
}
