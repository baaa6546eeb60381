package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.results.ComparisonAccumulator;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.PairedRow;
import org.adoptsim.cli.results.SummaryRow;
import org.adoptsim.cli.results.Tabulator;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.run.Replicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFilesTest {
    private static final MetricCatalog CATALOG = new MetricCatalog(30);
    private static ComparisonTables tables;

    @TempDir
    Path dir;

    @BeforeAll
    static void aggregate() {
        Scenario s = Scenario.defaults().withRun(Scenario.defaults().run().withWeeks(30).withSeed(9));
        List<String> names = s.strategies().stream().map(x -> x.name()).toList();
        ComparisonAccumulator acc = new ComparisonAccumulator(names, 0, CATALOG, 42);
        for (int r = 0; r < 6; r++) {
            acc.accept(Replicate.run(s, s.strategies(), r, RunDetail.SERIES));
        }
        tables = Tabulator.tabulate(acc);
    }

    @Test
    void summaryHasItsColumnsAndReadsBack() throws IOException {
        StringWriter w = new StringWriter();
        SummaryCsv.write(tables.summary(), CATALOG, w);
        CsvTable t = CsvTable.parse("summary.csv", w.toString());
        assertEquals(SummaryCsv.header(CATALOG), t.header());
        assertTrue(t.header().containsAll(List.of("honest_at_30_mean", "honest_at_30_ci_low", "weeks_to_90_median",
                "weeks_to_90_reached_share", "never_started_share_ci_high", "incident_rate_after_mean")));
        assertTrue(t.header().stream().noneMatch(c -> c.startsWith("honest_at_52")), "one checkpoint at 30 weeks");
        List<SummaryRow> back = SummaryCsv.read(t, CATALOG);
        assertEquals(tables.strategies(), back.stream().map(SummaryRow::strategy).toList());
        for (SummaryRow r : tables.summary()) {
            SummaryRow b = back.get(tables.strategies().indexOf(r.strategy()));
            assertEquals(r.mean("mean_resentment").mean(), b.mean("mean_resentment").mean(), 1e-6);
            assertEquals(r.mean("honest_at_30").high(), b.mean("honest_at_30").high(), 1e-6);
            assertEquals(r.milestone("weeks_to_90"), b.milestone("weeks_to_90"));
        }
    }

    @Test
    void pairedHasOneRowPerStrategyAndMetricAndReadsBack() throws IOException {
        StringWriter w = new StringWriter();
        PairedCsv.write(tables.paired(), CATALOG, w);
        CsvTable t = CsvTable.parse("paired.csv", w.toString());
        assertEquals(PairedCsv.header(), t.header());
        String best = tables.verdict().best();
        boolean bestIsBaseline = best.equals(tables.strategies().get(0));
        assertEquals((bestIsBaseline ? 4 : 8) * CATALOG.paired().size(), t.size(),
                "every strategy against the baseline, and against the best when the best is not the baseline");
        assertEquals(4 * CATALOG.paired().size(), tables.baselineRows().size());
        if (!bestIsBaseline) {
            assertEquals(CATALOG.paired().size(), tables.paired(tables.strategies().get(0), best).size());
        }
        List<PairedRow> back = PairedCsv.read(t, CATALOG);
        for (int i = 0; i < back.size(); i++) {
            PairedRow a = tables.paired().get(i);
            PairedRow b = back.get(i);
            assertEquals(a.strategy(), b.strategy());
            assertEquals(a.metric(), b.metric());
            assertEquals(a.better(), b.better());
            assertEquals(a.worse(), b.worse());
            assertEquals(a.difference().n(), b.difference().n());
            assertEquals(a.difference().mean(), b.difference().mean(), 1e-6);
        }
        assertEquals("higher", t.text(0, "better_is"));
    }

    @Test
    void weeklyHasAllStrategiesAndWeeksAndReadsBack() throws IOException {
        StringWriter w = new StringWriter();
        WeeklyCsv.write(tables.weekly(), w);
        CsvTable t = CsvTable.parse("weekly.csv", w.toString());
        assertEquals(5 * 30, t.size());
        assertTrue(t.header().containsAll(List.of("strategy", "week", "honest_mean", "honest_p05", "honest_p25",
                "honest_p50", "honest_p75", "honest_p95", "vanity_mean", "vanity_p95", "state_dual_mean",
                "reason_blocked_platform_mean", "reason_unaware_mean", "mean_resentment")));
        assertEquals("1", t.text(0, "week"));
        assertEquals("30", t.text(29, "week"));
        var back = WeeklyCsv.read(t);
        assertEquals(tables.weekly().strategies(), back.strategies());
        String s = tables.strategies().get(2);
        double[] a = tables.weekly().column(s, "honest_p75");
        double[] b = back.column(s, "honest_p75");
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-6);
        }
    }

    @Test
    void aChangedFileIsCaughtByTheManifestHash() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        List<String> names = DataFiles.write(out, tables, CATALOG, true);
        Manifest m = ManifestJsonTest.sample(DataFiles.hashes(out, names), tables.strategies(), 30);
        assertEquals(tables.summary().size(), DataFiles.read(out, m).summary().size());
        Files.writeString(out.file(OutputFolder.SUMMARY), Files.readString(out.file(OutputFolder.SUMMARY)) + "x\n");
        OutputFormatException e = assertThrows(OutputFormatException.class, () -> DataFiles.read(out, m));
        assertTrue(e.getMessage().startsWith("summary.csv does not match manifest.json"), e.getMessage());
    }

    @Test
    void staleFilesOfThePreviousRunAreRemovedAndOthersKept() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        Files.createDirectories(dir.resolve("charts"));
        for (String f : List.of("charts/fan-old.png", "charts/fan-kept.png", "notes.txt", "runs.csv")) {
            Files.writeString(dir.resolve(f), "x");
        }
        out.writeManifest(ManifestJsonTest.sample(Map.of("runs.csv", new Manifest.FileEntry(1, "0")), List.of("old", "kept"), 30)
                .withGenerated(List.of("png"), List.of("charts/fan-old.png", "charts/fan-kept.png")));
        OutputFolder.Previous previous = out.retractPrevious();
        assertTrue(Files.notExists(dir.resolve("manifest.json")), "the folder no longer claims a finished run");
        assertEquals(List.of(), out.removeStale(previous, java.util.Set.of("runs.csv", "charts/fan-kept.png")));
        assertTrue(Files.notExists(dir.resolve("charts/fan-old.png")));
        assertTrue(Files.exists(dir.resolve("charts/fan-kept.png")));
        assertTrue(Files.exists(dir.resolve("notes.txt")), "files no manifest listed are never touched");
    }

    @Test
    void aHandEditedManifestNeverGetsAFileOutsideTheFolderOrBehindALinkDeleted() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("../outside-" + dir.getFileName()));
        Path precious = Files.writeString(outside.resolve("precious.txt"), "keep me");
        Path folder = Files.createDirectories(dir.resolve("run"));
        OutputFolder out = new OutputFolder(folder);
        Files.createSymbolicLink(folder.resolve("linked"), outside);
        Files.createSymbolicLink(folder.resolve("link.png"), precious);
        Files.createDirectories(folder.resolve("charts"));
        Files.writeString(folder.resolve("charts/fan-old.png"), "x");
        List<String> listed = List.of("../outside-" + dir.getFileName() + "/precious.txt", precious.toString(),
                "linked/precious.txt", "link.png", "charts", "./charts/../../outside-" + dir.getFileName() + "/precious.txt",
                "charts/fan-old.png");
        out.writeManifest(ManifestJsonTest.sample(Map.of(), List.of("old"), 30).withGenerated(List.of("png"), listed));
        List<String> left = out.removeStale(out.retractPrevious(), java.util.Set.of());
        assertEquals("keep me", Files.readString(precious), "a file outside the folder is never deleted");
        assertEquals(6, left.size(), String.join("\n", left));
        assertTrue(left.get(0).startsWith(folder + ": left '../outside-"), left.get(0));
        assertTrue(left.get(0).endsWith("' in place: the earlier manifest.json listed it, but it is not a path inside"
                + " the folder"), left.get(0));
        assertTrue(left.get(2).endsWith("but it lies behind a linked folder"), left.get(2));
        assertTrue(left.get(3).endsWith("but it is a link or a folder, which adoptsim never writes"), left.get(3));
        assertTrue(Files.isSymbolicLink(folder.resolve("link.png")), "a link the command did not write stays");
        assertTrue(Files.isDirectory(folder.resolve("charts")));
        assertTrue(Files.notExists(folder.resolve("charts/fan-old.png")), "the stale chart itself is removed");
    }

    @Test
    void aHandEditedManifestNeverGetsTheUsersOwnFileDeletedButAGenuineStaleFileIsStillRemoved() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        Files.createDirectories(dir.resolve("charts"));
        Path notes = Files.writeString(dir.resolve("notes.txt"), "the planner's own notes\n");
        Path mine = Files.writeString(dir.resolve("mine.csv"), "a,b\n1,2\n");
        Path oldCsv = Files.writeString(dir.resolve("old.csv"), "written by the earlier run\n");
        Path oldChart = Files.writeString(dir.resolve("charts/fan-old.svg"), "<svg/>");
        Path theirs = Files.writeString(dir.resolve("charts/My Chart.png"), "x");
        Map<String, Manifest.FileEntry> files = new java.util.LinkedHashMap<>();
        files.put("notes.txt", new Manifest.FileEntry(Files.size(notes), "0".repeat(64))); // the hash is not its own
        files.put("old.csv", Manifest.FileEntry.of(oldCsv));
        out.writeManifest(ManifestJsonTest.sample(files, List.of("old"), 30).withGenerated(List.of("svg"),
                List.of("mine.csv", "charts/fan-old.svg", "charts/My Chart.png")));
        List<String> left = out.removeStale(out.retractPrevious(), java.util.Set.of());
        assertEquals("the planner's own notes\n", Files.readString(notes), "a data file not as recorded stays");
        assertTrue(Files.exists(mine), "a generated entry of a name adoptsim never writes stays");
        assertTrue(Files.exists(theirs), "a chart name adoptsim never writes stays");
        assertTrue(Files.notExists(oldCsv), "a data file as the earlier run recorded it is removed");
        assertTrue(Files.notExists(oldChart), "a chart of the earlier run is removed");
        assertEquals(List.of(
                dir + ": left 'notes.txt' in place: the earlier manifest.json listed it, but its size or SHA-256 is"
                        + " not what the earlier run recorded (changed since, or not its file)",
                dir + ": left 'mine.csv' in place: the earlier manifest.json listed it, but adoptsim writes no chart"
                        + " or report of that name",
                dir + ": left 'charts/My Chart.png' in place: the earlier manifest.json listed it, but adoptsim"
                        + " writes no chart or report of that name"), left);
    }

    @Test
    void aDataFileOfTheRightHashButAnotherSizeStays() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        Path f = Files.writeString(dir.resolve("old.csv"), "x\n");
        out.writeManifest(ManifestJsonTest.sample(Map.of("old.csv", new Manifest.FileEntry(3, Sha256.of(f))),
                List.of("old"), 30));
        assertEquals(1, out.removeStale(out.retractPrevious(), java.util.Set.of()).size());
        assertTrue(Files.exists(f));
    }

    @Test
    void everyChartReportAndBriefNameACommandWritesIsRecognised() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        Files.createDirectories(dir.resolve("charts"));
        List<String> names = new java.util.ArrayList<>(List.of(OutputFolder.REPORT_HTML, OutputFolder.REPORT_MD,
                org.adoptsim.cli.report.DecisionBrief.MD, org.adoptsim.cli.report.DecisionBrief.PDF));
        for (org.adoptsim.cli.chart.ChartFormat f : org.adoptsim.cli.chart.ChartFormat.values()) {
            names.add(org.adoptsim.cli.chart.ChartSet.path("holding-" + org.adoptsim.cli.chart.HoldingChart.slugs(
                    List.of("Earned (v2)")).get(0), f));
            names.add(org.adoptsim.cli.chart.ChartSet.path(org.adoptsim.cli.chart.ChartSet.NET_HOURS, f));
        }
        for (String n : names) {
            Files.writeString(dir.resolve(n), "x");
        }
        out.writeManifest(ManifestJsonTest.sample(Map.of(), List.of("old"), 30).withGenerated(List.of("png"), names));
        assertEquals(List.of(), out.removeStale(out.retractPrevious(), java.util.Set.of()));
        for (String n : names) {
            assertTrue(Files.notExists(dir.resolve(n)), n);
        }
    }
}
