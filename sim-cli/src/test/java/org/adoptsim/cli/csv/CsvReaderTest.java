package org.adoptsim.cli.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> all(String text, CsvReader.Dialect dialect) {
        List<CsvRecord> out = new ArrayList<>();
        try (CsvReader in = new CsvReader(new StringReader(text), dialect)) {
            for (CsvRecord r = in.next(); r != null; r = in.next()) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<List<String>> fields(String text, CsvReader.Dialect dialect) {
        return all(text, dialect).stream().map(CsvRecord::fields).toList();
    }

    private static String error(String text, CsvReader.Dialect dialect) {
        return assertThrows(CsvSyntaxException.class, () -> all(text, dialect)).getMessage();
    }

    @Test
    void exactKeepsEveryCharacterAndEveryLine() {
        assertEquals(List.of(List.of("a", " b ", ""), List.of("x,y", "say \"hi\"", "two\r\nlines"), List.of(""),
                List.of("#c", "d"), List.of("e")),
                fields("a, b ,\n\"x,y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\n#c,d\re", CsvReader.Dialect.EXACT));
        assertEquals(List.of(), fields("", CsvReader.Dialect.EXACT));
    }

    @Test
    void handWrittenSkipsBlankAndCommentLinesAndTrimsFields() {
        List<CsvRecord> rs = all("# teams\n  \t\r\nname, note\n   # indented comment\n\"a, b\" ,\t\"c\"\n  d ,e\n",
                CsvReader.Dialect.HAND_WRITTEN);
        assertEquals(List.of(List.of("name", "note"), List.of("a, b", "c"), List.of("d", "e")),
                rs.stream().map(CsvRecord::fields).toList());
        assertEquals(3, rs.get(0).line());
        assertEquals(10, rs.get(1).column(1));
        assertEquals(6, rs.get(2).line(1));
        assertEquals(3, rs.get(2).column(0));
        assertEquals(6, rs.get(2).column(1));
    }

    /** Old Mac line ends: a comment or blank line ends at its lone \r and does not swallow the file. */
    @Test
    void handWrittenLinesMayEndWithALoneCarriageReturn() {
        List<CsvRecord> rs = all("# teams\r\rname,note\r# another\ra,b\r", CsvReader.Dialect.HAND_WRITTEN);
        assertEquals(List.of(List.of("name", "note"), List.of("a", "b")), rs.stream().map(CsvRecord::fields).toList());
    }

    @Test
    void locatesFieldsAfterAQuotedLineBreak() {
        CsvRecord r = all("\"x\ny\",z\n", CsvReader.Dialect.EXACT).get(0);
        assertEquals(1, r.line(0));
        assertEquals(2, r.line(1));
        assertEquals(4, r.column(1));
    }

    @Test
    void locatesQuoteProblems() {
        assertEquals("2:3: a quote inside an unquoted field (quote the whole field)",
                error("a\nab\"c\n", CsvReader.Dialect.HAND_WRITTEN));
        assertEquals("1:4: unexpected text after a quoted field", error("\"a\"b\n", CsvReader.Dialect.EXACT));
        assertEquals("1:5: unexpected text after a quoted field", error("\"a\" b\n", CsvReader.Dialect.HAND_WRITTEN));
        assertEquals("2:3: a quoted field is not closed", error("a,b\nx,\"open\n\n", CsvReader.Dialect.EXACT));
    }

    @Test
    void streamsPastItsBufferAndGoesBackOverLongBlankRuns() {
        String wide = "w".repeat(50_000);
        assertEquals(List.of(List.of(wide, "q\"" + wide)),
                fields(wide + ",\"q\"\"" + wide + "\"", CsvReader.Dialect.EXACT));
        String blanks = " ".repeat(20_000);
        List<CsvRecord> rs = all(blanks + "# note\n\f" + blanks + "x\n", CsvReader.Dialect.HAND_WRITTEN);
        assertEquals(List.of("x"), rs.get(0).fields());
        assertEquals(2, rs.get(0).line());
        assertEquals(1, rs.get(0).column(0));
    }

    @Test
    void endsWithNull() {
        try (CsvReader in = new CsvReader(new StringReader("a\n"), CsvReader.Dialect.EXACT)) {
            assertEquals(List.of("a"), in.next().fields());
            assertNull(in.next());
            assertNull(in.next());
        }
    }
}
