package org.adoptsim.cli.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.compare.TestCli;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.output.OutputFolder;
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
                "rework_hours_mean", "reviews_mean", "review_weeks_mean", "request_weeks_mean"), t.header());
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
        run("report", one.toString(), "--format", "svg", "-q");
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
        List<String> columns = new java.util.ArrayList<>(List.of("strategy", "week"));
        columns.addAll(org.adoptsim.cli.results.WeeklyTable.standardColumns());
        assertEquals(columns, CsvTable.read(out.resolve("weekly.csv")).header(), "no sign-off split without functions");
        try (var s = Files.list(out.resolve("charts"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("holding-")));
        }
    }
}
