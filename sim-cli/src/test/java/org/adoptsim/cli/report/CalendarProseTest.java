package org.adoptsim.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.Cli;
import org.adoptsim.cli.compare.TestCli;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.text.Num;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison from today's state (acme-today, calendar week 30) says its weeks in the organisation's
 * calendar on the terminal, in report.md and in brief.md, with the weeks summary.csv gives; one without a
 * calendar says run weeks as before.
 */
class CalendarProseTest {
    private static final Path ACME = Path.of("../scenarios/acme-today/acme-today.yaml");

    @TempDir
    Path dir;

    @Test
    void aRunFromTodaysStateSaysCalendarWeeksEverywhere() throws IOException {
        Path out = dir.resolve("acme");
        Cli r = Cli.run("compare", ACME.toString(), "--replicates", "24", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String terminal = r.out().replaceAll("\\s+", " ");
        String report = Files.readString(out.resolve("report.md"));
        String brief = Files.readString(out.resolve("brief.md"));

        List<String> finishers = finishersFromSummary(out);
        assertFalse(finishers.isEmpty(), "acme-today has strategies that finish in most runs");
        for (String f : finishers) {
            assertTrue(report.contains(f), f + " in report.md:\n" + report);
            assertTrue(terminal.contains(f), f + " on the terminal:\n" + r.out());
        }
        String horizon = "every team off the old system by calendar week 103 (74 weeks from today) in most runs";
        assertTrue(report.contains(horizon) && terminal.contains(horizon), report);
        assertTrue(terminal.contains("24 paired replicates, 74 weeks from calendar week 30, seed 14"),
                r.out());
        assertTrue(brief.contains("24 paired replicates of 74 weeks from calendar week 30, seed 14"), brief);
        assertTrue(brief.contains("adopted at calendar week 81 (52 weeks from today)"), brief);
        assertFalse(report.contains(" at week 74") || terminal.contains(" at week 74") || brief.contains("@52 "),
                "no run week left in the prose");
        // The laggard table reads teams.csv's p_done_104, done before calendar week 104: the runs' end, which the
        // prose calls calendar week 103. It said "by calendar week 104" and "not done at week 104", a week later.
        for (String text : List.of(report, terminal)) {
            assertFalse(text.contains("by calendar week 104") || text.contains("not done at week 104"), text);
            assertTrue(text.contains("P done before") && text.contains("not done when the runs end"), text);
        }
    }

    /**
     * The reading's words for each strategy that finishes in most runs, from summary.csv alone: "pure-mandate
     * (100% of runs) by calendar week C (n weeks from today)", C its {@code weeks_to_100_median_calendar}.
     */
    private static List<String> finishersFromSummary(Path out) throws IOException {
        CsvTable s = CsvTable.read(out.resolve("summary.csv"));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            double share = s.number(i, "weeks_to_100_reached_share");
            if (share > 0.5) {
                long n = (long) Math.rint(s.number(i, "weeks_to_100_median"));
                long calendar = (long) Math.rint(s.number(i, "weeks_to_100_median_calendar"));
                items.add(s.text(i, "strategy") + " (" + Num.fixed(share * 100, 0) + "% of runs) by calendar week "
                        + calendar + " (" + n + " weeks from today)");
            }
        }
        return items;
    }

    /**
     * With functions, "who is holding the migration" names the horizon of a run from today's state in
     * calendar weeks too, where it counts the done teams still waiting for a sign-off.
     */
    @Test
    void theDoneTeamsWaitingForASignOffAreCountedAtTheCalendarHorizon() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("acme-functions"));
        try (var files = Files.list(ACME.getParent())) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path scenario = copy.resolve(ACME.getFileName());
        String yaml = Files.readString(scenario);
        Files.writeString(scenario, yaml.replace("\nstrategies:", "\nfunctions:\n  security: {stage: switch}\n\nstrategies:"));
        Cli r = Cli.run("compare", scenario.toString(), "--replicates", "24", "--out", dir.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        String holding = r.out().substring(r.out().indexOf("Who is holding the migration"));
        assertTrue(holding.contains("at calendar week 103 (74 weeks from today), "), holding);
        assertFalse(holding.contains("at week 74"), holding);
    }

    @Test
    void withoutACalendarTheProseSaysRunWeeks() throws IOException {
        Path scenario = TestCli.scenario(dir, 30, 8, 7);
        Path out = dir.resolve("small");
        Cli r = Cli.run("compare", scenario.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String report = Files.readString(out.resolve("report.md"));
        String brief = Files.readString(out.resolve("brief.md"));
        for (String text : List.of(r.out(), report, brief)) {
            // the laggard table reads at "calendar week 52 / 104" with or without a start: week 0 is then week 0
            assertFalse(text.contains("from calendar week") || text.contains("from today"), text);
        }
        assertTrue(report.contains(" within 30 weeks in most runs") && report.contains("at week 30"), report);
        assertTrue(r.out().contains(" x 8 paired replicates, 30 weeks, seed 7 ("), r.out());
        assertFalse(Files.readString(out.resolve("manifest.json")).contains("startWeek"));
    }
}
