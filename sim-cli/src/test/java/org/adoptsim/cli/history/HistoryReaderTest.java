package org.adoptsim.cli.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryReaderTest {
    private static final HistoryReader WEEKS = new HistoryReader(null, null);

    @Test
    void writtenLogReadsBackTheSame() throws Exception {
        MigrationLog log = new MigrationLog(List.of("a", "b, the second", "c"), new int[] {0, 5, -1},
                new int[] {3, -1, -1}, List.of("done", "migrating", "idle"));
        StringWriter w = new StringWriter();
        HistoryWriter.write(log, w);
        assertEquals("team,start_week,done_week,status\na,0,3,done\n\"b, the second\",5,,migrating\nc,,,idle\n",
                w.toString());
        MigrationLog back = WEEKS.parse(w.toString(), "log.csv");
        assertEquals(log.teams(), back.teams());
        assertArrayEquals(log.start(), back.start());
        assertArrayEquals(log.done(), back.done());
        assertEquals(log.status(), back.status());
    }

    @Test
    void datesCountWholeWeeksFromTheStartDate() {
        HistoryReader r = new HistoryReader(LocalDate.parse("2026-01-05"), null);
        MigrationLog log = r.parse("# a hand-kept log\nteam,start,done\n\nx, 2026-01-05 , 2026-01-18\ny,2026-03-02,\n",
                "log.csv");
        assertArrayEquals(new int[] {0, 8}, log.start());
        assertArrayEquals(new int[] {1, -1}, log.done());
    }

    @Test
    void errorsNameFileLineColumnAndColumnName() {
        assertEquals("log.csv:3:5: done_week: done at week 2, before it started (week 4)",
                error(WEEKS, "team,start_week,done_week\na,1,2\nb,4,2\n"));
        assertEquals("log.csv:2:4: done_week: done at week 2 but never started",
                error(WEEKS, "team,start_week,done_week\na,,2\n"));
        assertEquals("log.csv:2:3: start_week: expected a week (a whole number from 0) or a date (YYYY-MM-DD),"
                + " was 'soon'", error(WEEKS, "team,start_week,done_week\na,soon,\n"));
        assertEquals("log.csv:2:3: start_week: '2026-01-01' is a date; give the initiative's start date"
                + " (--start-date YYYY-MM-DD) to count weeks from it", error(WEEKS, "team,start_week,done_week\na,2026-01-01,\n"));
        // The teams file's names are never listed (docs/security.md): a close one is suggested, else their number.
        HistoryReader named = new HistoryReader(null, List.of("ledger", "payouts", "fraud-rules"));
        assertEquals("log.csv:2:1: team: unknown team 'zzzz' (the teams file names 3, none close to it)",
                error(named, "team,start_week,done_week\nzzzz,1,\n"));
        assertEquals("log.csv:2:1: team: unknown team 'ledgr'; did you mean 'ledger'?",
                error(named, "team,start_week,done_week\nledgr,1,\n"));
        assertEquals("log.csv:2:12: status: unknown status 'banana' (expected one of: idle, willing, migrating, blocked,"
                + " done, dual)", error(WEEKS, "team,start_week,done_week,status\nteam-1,2,5,banana\n"));
        assertEquals("log.csv:2:7: status: unknown status 'Don'; did you mean 'done'?",
                error(WEEKS, "team,start_week,done_week,status\na,2,5,Don\n"));
        assertEquals("log.csv:2:6: status: the status is done but done_week is empty; give the week the team finished",
                error(WEEKS, "team,start_week,done_week,status\na,2,,Done\n"));
        assertEquals("log.csv:3:1: team: team 'a' is listed twice (first on line 2)",
                error(WEEKS, "team,start_week,done_week\na,1,\na,2,\n"));
        assertEquals("log.csv:1:6: team: the header names this column twice (first as column 1)",
                error(WEEKS, "team,team,start_week,done_week\na,b,1,\n"));
        assertEquals("log.csv:1:17: start_week: the header names this column twice (first as column 2)",
                error(WEEKS, "team,start_week,start,done_week\na,1,2,\n"));
        assertEquals("log.csv:1:1: the header has no column 'done_week' (expected team,start_week,done_week,status)",
                error(WEEKS, "team,start_week\na,1\n"));
        assertEquals("log.csv:2:8: start_week: 2025-12-29 is before the initiative's start date 2026-01-05",
                error(new HistoryReader(LocalDate.parse("2026-01-05"), null), "team,start_week,done_week\nteam-1,2025-12-29,\n"));
    }

    @Test
    void upToHidesWhatHappenedAfterTheCutoff() {
        MigrationLog log = new MigrationLog(List.of("a", "b", "c"), new int[] {1, 5, 9}, new int[] {4, 12, -1},
                List.of("done", "done", "migrating"));
        MigrationLog at6 = log.upTo(6);
        assertArrayEquals(new int[] {1, 5, -1}, at6.start());
        assertArrayEquals(new int[] {4, -1, -1}, at6.done());
        assertEquals(List.of("done", "migrating", "idle"), at6.status());
        assertEquals(12, log.lastEvent());
    }

    private static String error(HistoryReader r, String text) {
        return assertThrows(HistoryException.class, () -> r.parse(text, "log.csv")).getMessage();
    }
}
