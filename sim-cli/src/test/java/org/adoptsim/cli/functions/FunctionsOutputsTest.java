package org.adoptsim.cli.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adoptsim.cli.compare.TestCli;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.output.OutputFolder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare on agency-cloud.yaml writes functions.csv, functions-weekly.csv and the "who is holding the
 * migration" charts, byte-identical at any thread count; report redraws the charts; a scenario without
 * functions writes none of them.
 */
class FunctionsOutputsTest {
    private static final Path AGENCY = Path.of("../scenarios/agency-cloud.yaml");

    @TempDir
    Path dir;

    private int run(String... args) {
        TestCli cli = new TestCli();
        int rc = cli.execute(args);
        assertEquals(0, rc, cli.err.toString());
        return rc;
    }

    @Test
    void compareWritesTheFunctionsTablesAndChartsAtAnyThreadCount() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        run("compare", AGENCY.toString(), "--replicates", "6", "--weeks", "60", "--threads", "1", "--out", one.toString(), "-q");
        run("compare", AGENCY.toString(), "--replicates", "6", "--weeks", "60", "--threads", "2", "--out", two.toString(), "-q");
        for (String f : List.of(FunctionsCsv.FUNCTIONS, FunctionsCsv.WEEKLY, "weekly.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        CsvTable t = CsvTable.read(one.resolve(FunctionsCsv.FUNCTIONS));
        assertEquals(List.of("strategy", "function", "weeks_waited_mean", "waiting_share", "send_backs_mean",
                "rework_hours_mean", "reviews_mean", "review_weeks_mean", "request_weeks_mean", "stage",
                "stage_holds_mean", "stage_hold_weeks_mean", "done_waiting_at_end_mean", "lever_hours_mean"), t.header());
        assertEquals(3 * 4, t.size());
        for (int s = 0; s < 3; s++) {
            double share = 0;
            for (int f = 0; f < 4; f++) {
                share += t.number(4 * s + f, "waiting_share");
            }
            assertEquals(1, share, 1e-5, "the shares of one strategy add up to 1");
        }
        assertEquals("security", t.text(0, "function"));
        assertEquals(3 * 60, CsvTable.read(one.resolve(FunctionsCsv.WEEKLY)).size());
        assertSignOffSplitByFunction(CsvTable.read(one.resolve("weekly.csv")));
        var manifest = new OutputFolder(one).manifest().orElseThrow();
        assertTrue(manifest.files().containsKey(FunctionsCsv.FUNCTIONS));
        assertTrue(manifest.generated().contains("charts/holding-top-down.png"), manifest.generated().toString());
        Path chart = one.resolve("charts/holding-partnership.png");
        assertTrue(Files.size(chart) > 1000);
        Files.delete(chart);
        run("report", one.toString(), "-q");
        assertTrue(Files.exists(chart), "report redraws the holding charts");
        run("report", one.toString(), "--charts", "svg", "-q");
        String laggards = Files.readString(one.resolve("charts/laggards-top-down.svg"));
        for (String f : List.of("security", "budget", "operations")) {
            assertTrue(laggards.contains("sign-off: " + f), "the laggard chart names " + f);
        }
        assertFalse(laggards.contains("waiting for a function's sign-off"), "the split replaces the total");
    }

    /** weekly.csv splits reason_sign_off_mean by function, in sign-off order, right after it; the split adds up. */
    private static void assertSignOffSplitByFunction(CsvTable weekly) {
        List<String> h = weekly.header();
        int at = h.indexOf("reason_sign_off_mean");
        List<String> split = List.of("reason_sign_off_security_mean", "reason_sign_off_budget_mean",
                "reason_sign_off_operations_mean", "reason_sign_off_program_mean");
        assertEquals(split, h.subList(at + 1, at + 1 + split.size()));
        double all = 0;
        for (int r = 0; r < weekly.size(); r++) {
            double sum = 0;
            for (String c : split) {
                sum += weekly.number(r, c);
            }
            assertEquals(weekly.number(r, "reason_sign_off_mean"), sum, 1e-5, "row " + r);
            all += sum;
        }
        assertTrue(all > 0, "teams wait on sign-offs in agency-cloud");
    }

    /**
     * What feeds and liaisons change is in the files, not only in the engine's outcome: each function's
     * stage with the stage's mean hold (the same on every row of the stage), and each function's
     * alignment week by week, which liaisons raise slowly and nothing moves under top-down.
     */
    @Test
    void theFilesCarryTheStageHoldsAndTheAlignmentTheLeversMove() throws IOException {
        Path out = dir.resolve("holds");
        run("compare", AGENCY.toString(), "--replicates", "6", "--weeks", "60", "--out", out.toString(), "-q");
        CsvTable t = CsvTable.read(out.resolve(FunctionsCsv.FUNCTIONS));
        assertEquals(List.of("switch", "start", "switch", "switch"),
                List.of(t.text(0, "stage"), t.text(1, "stage"), t.text(2, "stage"), t.text(3, "stage")));
        for (int s = 0; s < 3; s++) {
            double switchHold = t.number(4 * s, "stage_hold_weeks_mean");
            assertTrue(switchHold >= 1, "a hold lasts at least a week: " + switchHold);
            assertEquals(switchHold, t.number(4 * s + 2, "stage_hold_weeks_mean"), 0, "one stage, one hold");
            assertEquals(t.number(4 * s, "stage_holds_mean"), t.number(4 * s + 3, "stage_holds_mean"), 0);
            assertTrue(t.number(4 * s + 1, "stage_holds_mean") > 0, "budget holds end");
        }
        assertTrue(t.number(4, "stage_hold_weeks_mean") < t.number(0, "stage_hold_weeks_mean"),
                "the partnership's feeds and contracts shorten the switch hold against top-down");
        // The levers' platform hours (the ledger's sign_off_work): mapping 40 h, contracts 240 + 80 h once,
        // liaisons 4 h a week for each of the four functions over the 60 weeks.
        assertEquals(List.of(0.0, 40 + 240 + 80 + 4 * 4 * 60.0, 40 + 240 + 80.0),
                List.of(t.number(0, "lever_hours_mean"), t.number(4, "lever_hours_mean"), t.number(8, "lever_hours_mean")));
        CsvTable summary = CsvTable.read(out.resolve("summary.csv"));
        double waiting = 0;
        for (int f = 0; f < 4; f++) {
            waiting += t.number(f, "done_waiting_at_end_mean");
        }
        double gap = 42 * (summary.number(0, "final_done_share_mean") - summary.number(0, "final_adopted_share_mean"));
        assertTrue(waiting > 1 && waiting <= gap + 1e-4,
                "top-down's done but unadopted teams are mostly waiting for a sign-off: " + waiting + " of " + gap);
        CsvTable weekly = CsvTable.read(out.resolve(FunctionsCsv.WEEKLY));
        assertEquals(List.of("strategy", "week", "waiting_security_mean", "waiting_budget_mean",
                "waiting_operations_mean", "waiting_program_mean", "alignment_security_mean", "alignment_budget_mean",
                "alignment_operations_mean", "alignment_program_mean"), weekly.header());
        for (int w = 0; w < 60; w++) {
            assertEquals(0.2, weekly.number(w, "alignment_security_mean"), 1e-9, "top-down moves no function");
        }
        int partnership = 60;
        double early = weekly.number(partnership + 12, "alignment_security_mean");
        double late = weekly.number(partnership + 51, "alignment_security_mean");
        assertTrue(early >= 0.6 && late > early, "contract at once, liaison slowly: " + early + " then " + late);
        assertEquals(0.3, weekly.number(2 * 60 + 51, "alignment_operations_mean"), 1e-9,
                "without liaisons nothing moves operations");
    }

    @Test
    void theTerminalSaysWhoIsHoldingTheMigration() {
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("compare", AGENCY.toString(), "--replicates", "4", "--weeks", "60", "--out",
                dir.resolve("t").toString()), cli.err.toString());
        String text = cli.out.toString();
        int at = text.indexOf("Who is holding the migration");
        assertTrue(at >= 0, text);
        for (String s : List.of("top-down", "partnership", "partnership-without-liaisons")) {
            assertTrue(text.substring(at).lines().anyMatch(l -> l.strip().startsWith(s + " ")
                    && l.contains("security") && l.contains("budget") && l.contains("%")), s + ":\n" + text.substring(at));
        }
        assertTrue(text.substring(at).lines().anyMatch(l -> l.strip().startsWith("held: ")
                && l.endsWith("; levers 1320 h of platform time")), "the partnership's levers:\n" + text.substring(at));
        assertTrue(text.substring(at).lines().anyMatch(l -> l.strip().startsWith("at week 60, ")
                && l.contains(" done teams still wait for a sign-off, so are not adopted: security ")), text.substring(at));
        assertTrue(text.substring(0, at).contains("top-down forces "), text);
        assertTrue(text.substring(0, at).replaceAll("\\s+", " ").matches(".*top-down forces 40\\.0 teams through at"
                + " shutdown: adopted \\d+% vs done 100%; [0-9]+\\.[0-9] done teams still wait for a sign-off\\..*"),
                "the verdict does not blame forcing alone for the gap:\n" + text);
        assertEquals(3, text.substring(at).lines().filter(l -> l.strip().startsWith("held: start ")
                && l.contains(" weeks, switch ")).count(), text.substring(at));
    }

    /**
     * brief.md and brief.pdf say who holds the migration: per strategy, the function of the terminal's
     * largest share and the team-weeks waited, and functions.csv's done teams still waiting at the horizon
     * and lever hours, in the terminal's rounding.
     */
    @Test
    void theBriefSaysWhoHoldsTheMigration() throws IOException {
        Path out = dir.resolve("brief");
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("compare", AGENCY.toString(), "--replicates", "4", "--weeks", "60", "--out",
                out.toString()), cli.err.toString());
        String terminal = cli.out.toString().substring(cli.out.toString().indexOf("Who is holding the migration"));
        String brief = Files.readString(out.resolve("brief.md"));
        assertTrue(brief.contains("**Who holds the migration (functions.csv, mean per run)**"), brief);
        assertTrue(brief.contains("teams done at week 60 that a sign-off still keeps from being adopted"), brief);
        CsvTable t = CsvTable.read(out.resolve(FunctionsCsv.FUNCTIONS));
        List<String> strategies = List.of("top-down", "partnership", "partnership-without-liaisons");
        for (int s = 0; s < 3; s++) {
            String strategy = strategies.get(s);
            Matcher line = Pattern.compile("(?m)^  " + strategy + " +(\\d+): (\\S+ \\d+%)").matcher(terminal);
            assertTrue(line.find(), strategy + ":\n" + terminal);
            double done = 0;
            for (int f = 0; f < 4; f++) {
                done += t.number(4 * s + f, "done_waiting_at_end_mean");
            }
            String row = "| " + strategy + " | " + line.group(2) + " | " + line.group(1) + " | "
                    + String.format(Locale.ROOT, "%.1f", done) + " | "
                    + String.format(Locale.ROOT, "%.0f", t.number(4 * s, "lever_hours_mean")) + " |";
            assertTrue(brief.contains(row + "\n"), row + "\n" + brief);
        }
        assertTrue(terminal.contains("levers 1320 h of platform time") && brief.contains(" | 1320 |\n"), brief);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("brief.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages(), "the brief stays one page");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Who holds the migration") && text.contains("done, awaiting a sign-off"), text);
        }
    }

    @Test
    void aScenarioWithoutFunctionsWritesNone() throws IOException {
        Path out = dir.resolve("plain");
        Path file = TestCli.scenario(dir, 20, 2, 3);
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("compare", file.toString(), "--out", out.toString()), cli.err.toString());
        assertFalse(cli.out.toString().contains("Who is holding the migration"));
        assertFalse(Files.exists(out.resolve(FunctionsCsv.FUNCTIONS)));
        assertFalse(Files.exists(out.resolve(FunctionsCsv.WEEKLY)));
        assertFalse(Files.readString(out.resolve("brief.md")).contains("Who holds the migration"));
        List<String> columns = new java.util.ArrayList<>(List.of("strategy", "week"));
        columns.addAll(org.adoptsim.cli.results.WeeklyTable.standardColumns());
        assertEquals(columns, CsvTable.read(out.resolve("weekly.csv")).header(), "no sign-off split without functions");
        try (var s = Files.list(out.resolve("charts"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("holding-")));
        }
    }
}
