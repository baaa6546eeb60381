package org.adoptsim.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.report.VerdictText;
import org.adoptsim.cli.results.Decomposition;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh {@code compare} of the shipped scenarios/platform-migration.yaml (fewer replicates, so it runs in a
 * test) with {@code --decompose}: the verdict opens the output within ten lines of 100 columns, every new file
 * and column exists, pure-mandate's teams forced at shutdown are counted and shown, and the decomposition adds
 * up.
 */
class VerdictCommandTest {
    private static final Path SCENARIO = Path.of("..", "scenarios", "platform-migration.yaml");
    private static final List<String> NEW_RUN_COLUMNS = List.of("final_adopted_share", "adopted_share_52",
            "weeks_to_adopted_90", "weeks_to_initiative_done", "forced_at_shutdown", "hours_migration", "hours_dual",
            "hours_platform", "hours_incidents", "hours_staying", "hours_gain", "net_hours", "break_even_week");

    @TempDir
    static Path dir;

    private static TestCli cli;
    private static Path out;

    @BeforeAll
    static void compare() {
        cli = new TestCli();
        out = dir.resolve("out");
        int code = cli.execute("compare", SCENARIO.toString(), "--replicates", "30", "--threads", "2", "--out",
                out.toString(), "--decompose", "mandate-early,earn-then-mandate", "--charts", "png,pdf");
        assertEquals(0, code, cli.err.toString());
    }

    @Test
    void theVerdictComesFirstInAtMostTenLinesOfAtMost100Columns() {
        List<String> lines = Arrays.asList(cli.out.toString().split("\n", -1));
        int blank = lines.indexOf("");
        assertTrue(blank > 0 && blank <= VerdictText.MAX_LINES, "verdict of " + blank + " lines");
        List<String> verdict = lines.subList(0, blank);
        verdict.forEach(l -> assertTrue(l.length() <= VerdictText.WIDTH, l.length() + " columns: " + l));
        assertTrue(verdict.get(0).startsWith("VERDICT (net hours, higher is better): "), verdict.get(0));
        assertTrue(verdict.stream().anyMatch(l -> l.contains("Best in ")), "probability of being best");
        assertTrue(verdict.stream().anyMatch(l -> l.contains("Costs: net ") && l.contains(" FTE; migration ")));
        assertTrue(verdict.stream().anyMatch(l -> l.contains("Risks: ") && l.contains("forced at shutdown")));
        assertTrue(verdict.stream().anyMatch(l -> l.contains("Runner-up ")));
        assertTrue(verdict.stream().anyMatch(l -> l.matches("  pure-mandate forces \\d+\\.\\d teams through at"
                + " shutdown: adopted \\d+% vs done \\d+%\\.")), String.join("\n", verdict));
        assertTrue(verdict.stream().anyMatch(l -> l.contains("Assumption: earn-then-mandate's mandate fires at 70%")));
    }

    @Test
    void everyNewFileAndColumnIsWritten() throws IOException {
        Manifest m = new OutputFolder(out).manifest().orElseThrow();
        for (String f : List.of("runs.csv", "weekly.csv", "summary.csv", "paired.csv", "best.csv", "caveats.csv",
                "decompose.csv")) {
            assertTrue(m.files().containsKey(f), f + " in the manifest");
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        CsvTable runs = CsvTable.read(out.resolve("runs.csv"));
        assertTrue(runs.header().containsAll(NEW_RUN_COLUMNS), runs.header().toString());
        CsvTable summary = CsvTable.read(out.resolve("summary.csv"));
        for (String c : List.of("final_started_share_mean", "final_done_share_mean", "final_adopted_share_mean",
                "adopted_share_52_mean", "weeks_to_adopted_90_median", "weeks_to_initiative_done_reached_share",
                "forced_at_shutdown_mean", "hours_gain_mean", "net_hours_ci_low", "break_even_week_median")) {
            assertTrue(summary.header().contains(c), c);
        }
        CsvTable weekly = CsvTable.read(out.resolve("weekly.csv"));
        for (String c : List.of("adopted_mean", "adopted_p50", "hours_migration_mean", "hours_gain_mean",
                "net_hours_mean", "net_hours_ci_low", "net_hours_ci_high")) {
            assertTrue(weekly.header().contains(c), c);
        }
        CsvTable best = CsvTable.read(out.resolve("best.csv"));
        assertEquals(5, best.size());
        double p = 0;
        for (int r = 0; r < best.size(); r++) {
            p += best.number(r, "p_best");
        }
        assertEquals(1, p, 1e-5, "the probabilities of being best add up to one");
        CsvTable caveats = CsvTable.read(out.resolve("caveats.csv"));
        assertEquals("earn-then-mandate", caveats.text(0, "strategy"));
    }

    @Test
    void pureMandatesForcedTeamsAreCountedAndItsAdoptedShareLagsDone() throws IOException {
        CsvTable summary = CsvTable.read(out.resolve("summary.csv"));
        int row = rowOf(summary, "pure-mandate");
        assertTrue(summary.number(row, "forced_at_shutdown_mean") >= 5, "pure-mandate forces teams at shutdown");
        assertTrue(summary.number(row, "final_adopted_share_mean") < summary.number(row, "final_done_share_mean"));
        assertTrue(summary.number(row, "final_done_share_mean") <= summary.number(row, "final_started_share_mean"));
    }

    @Test
    void pairedComparesWithTheBaselineAndWithTheBest() throws IOException {
        CsvTable paired = CsvTable.read(out.resolve("paired.csv"));
        String bestName = bestName();
        boolean againstBaseline = false;
        boolean againstBest = false;
        for (int r = 0; r < paired.size(); r++) {
            againstBaseline |= paired.text(r, "baseline").equals("announce-and-hope");
            againstBest |= paired.text(r, "baseline").equals(bestName);
        }
        assertTrue(againstBaseline && againstBest, "rows against announce-and-hope and against " + bestName);
    }

    @Test
    void theDecompositionAddsUpToTheTotal() throws IOException {
        CsvTable d = CsvTable.read(out.resolve("decompose.csv"));
        assertEquals(Decomposition.COMPONENTS.size() * (d.size() / Decomposition.COMPONENTS.size()), d.size());
        for (int r = 0; r < d.size(); r += 4) {
            assertEquals("total", d.text(r, "component"));
            double parts = d.number(r + 1, "mean") + d.number(r + 2, "mean") + d.number(r + 3, "mean");
            assertEquals(d.number(r, "mean"), parts, 1e-4 * Math.max(1, Math.abs(d.number(r, "mean"))),
                    d.text(r, "metric"));
        }
        assertEquals("mandate-early", d.text(0, "strategy"));
        assertEquals("earn-then-mandate", d.text(0, "reference"));
        assertTrue(cli.out.toString().contains("What mandate-early - earn-then-mandate is made of"));
    }

    @Test
    void theBriefIsOnePageWithTheWinnerAsTextAndTheChartsHaveSelectableTitlesOnASlide() throws IOException {
        String winner = bestName();
        try (PDDocument brief = Loader.loadPDF(out.resolve("brief.pdf").toFile())) {
            assertEquals(1, brief.getNumberOfPages());
            String text = new PDFTextStripper().getText(brief);
            assertTrue(text.contains("VERDICT (net hours, higher is better): " + winner), text);
            assertTrue(text.contains("Hours ledger"), text);
        }
        String md = Files.readString(out.resolve("brief.md"));
        assertTrue(md.contains("VERDICT") && md.contains("charts/net-hours.png") && md.contains("## Caveats"));
        try (PDDocument chart = Loader.loadPDF(out.resolve("charts/net-hours.pdf").toFile())) {
            assertEquals(960, chart.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(540, chart.getPage(0).getMediaBox().getHeight(), 0.01);
            assertTrue(new PDFTextStripper().getText(chart).contains("Cumulative net engineer-hours by strategy"));
        }
        assertTrue(Files.isRegularFile(out.resolve("charts/done-vs-adopted.png")));
    }

    @Test
    void anUnknownObjectiveOrDecomposeIsOneLineAndExit2() {
        TestCli bad = new TestCli();
        assertEquals(2, bad.execute("compare", SCENARIO.toString(), "--objective", "net_hour", "--out",
                dir.resolve("bad").toString()));
        assertTrue(bad.err.toString().contains("--objective: no metric 'net_hour' to rank on (did you mean 'net_hours'?)"),
                bad.err.toString());
        TestCli bad2 = new TestCli();
        assertEquals(2, bad2.execute("compare", SCENARIO.toString(), "--decompose", "earned,earned", "--out",
                dir.resolve("bad2").toString()));
        assertTrue(bad2.err.toString().contains("--decompose: two different strategies"), bad2.err.toString());
    }

    private static String bestName() throws IOException {
        CsvTable best = CsvTable.read(out.resolve("best.csv"));
        for (int r = 0; r < best.size(); r++) {
            if (best.integer(r, "best") == 1) {
                return best.text(r, "strategy");
            }
        }
        throw new AssertionError("no best strategy");
    }

    private static int rowOf(CsvTable t, String strategy) {
        for (int r = 0; r < t.size(); r++) {
            if (t.text(r, "strategy").equals(strategy)) {
                return r;
            }
        }
        throw new AssertionError("no row of " + strategy);
    }
}
