package org.adoptsim.cli.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.compare.TestCli;
import org.adoptsim.cli.output.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run from a state at calendar week 30: summary.csv and runs.csv carry calendar weeks beside run weeks. */
class CalendarColumnsTest {
    @TempDir
    Path dir;

    @Test
    void milestonesAndEventsGetTheirCalendarWeekOnlyWithACalendar() throws Exception {
        Path scenario = TestCli.scenario(dir, 40, 3, 7);
        Path state = Files.writeString(dir.resolve("state.csv"), "team,status,done_week\n0,done,3\n1,done,12\n");
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("compare", scenario.toString(), "--from", state.toString(), "--week", "30",
                "--out", dir.resolve("from").toString(), "--quiet"), cli.err.toString());
        CsvTable runs = CsvTable.read(dir.resolve("from/runs.csv"));
        int checked = 0;
        for (int r = 0; r < runs.size(); r++) {
            String mandate = runs.text(r, "mandate_week");
            assertEquals(mandate.isEmpty() ? "" : Integer.toString(30 + Integer.parseInt(mandate)),
                    runs.text(r, "mandate_week_calendar"), "an event week is an index: calendar = 30 + index");
            String to90 = runs.text(r, "weeks_to_90");
            assertEquals(to90.isEmpty() ? "" : Integer.toString(30 + Integer.parseInt(to90) - 1),
                    runs.text(r, "weeks_to_90_calendar"), "a milestone is weeks elapsed: reached in week 30 + n - 1");
            checked += mandate.isEmpty() || to90.isEmpty() ? 0 : 1;
        }
        assertTrue(checked > 0, "some run has both a mandate and 90 %");
        CsvTable summary = CsvTable.read(dir.resolve("from/summary.csv"));
        for (int r = 0; r < summary.size(); r++) {
            double median = summary.number(r, "mandate_week_median");
            assertEquals(Double.isNaN(median), Double.isNaN(summary.number(r, "mandate_week_median_calendar")));
            if (!Double.isNaN(median)) {
                assertEquals(30 + median, summary.number(r, "mandate_week_median_calendar"), 1e-9);
            }
        }
        int at = summary.header().indexOf("weeks_to_90_median");
        assertEquals("weeks_to_90_median_calendar", summary.header().get(at + 1), "next to the week column");

        TestCli plain = new TestCli();
        assertEquals(0, plain.execute("compare", scenario.toString(), "--out", dir.resolve("plain").toString(),
                "--quiet"), plain.err.toString());
        assertFalse(Files.readString(dir.resolve("plain/summary.csv")).contains("_calendar"),
                "no calendar, no columns");
        assertFalse(Files.readString(dir.resolve("plain/runs.csv")).lines().findFirst().orElseThrow()
                .contains("_calendar"));
    }
}
