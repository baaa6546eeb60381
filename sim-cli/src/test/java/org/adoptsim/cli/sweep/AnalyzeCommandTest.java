package org.adoptsim.cli.sweep;

import org.adoptsim.cli.output.ManifestCheck;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.csv.CsvReader;
import org.adoptsim.cli.csv.CsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * analyze on real sweep directories: grouped statistics that match the runs table, the same analysis
 * from CSV and Parquet, sensitivity tables for Sobol and Morris designs, charts, and its refusals.
 */
class AnalyzeCommandTest {
    static final String GRID = """
            strategies: [earned, earn-then-mandate]
            parameters:
              strategies.earned.coalition.size: {values: [1, 4, 8], label: coalition}
              rules.platform.capacity: {values: [60, 180], label: capacity}
            replicates: 4
            seed: 5
            metrics: [final_done_share, weeks_to_90, incidents]
            """;

    @TempDir
    static Path tmp;
    static Path grid;

    @BeforeAll
    static void runGrid() throws IOException {
        Path file = TestScenarios.sweepFile(tmp, "g.yaml", GRID);
        grid = tmp.resolve("grid");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", grid.toString()).code());
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", tmp.resolve("grid-pq").toString(), "--format",
                "parquet").code());
    }

    @Test
    void groupedMeansMatchTheRunsTableAndChartsAreWritten() throws IOException {
        TestScenarios.Result r = TestScenarios.analyze(grid.toString(), "--by", "coalition", "--metric",
                "final_done_share,weeks_to_90");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("final_done_share by strategy, coalition (over runs):"), r.out());
        List<List<String>> summary = csv(grid.resolve("analysis/summary.csv"));
        assertEquals(List.of("strategy", "coalition", "metric", "n", "missing", "mean", "sd", "lo", "hi", "p05", "p25",
                "p50", "p75", "p95"), summary.get(0));
        assertEquals(1 + 2 * 3 * 2, summary.size());
        List<String> row = summary.get(2);
        assertEquals(List.of("earned", "4", "final_done_share", "8", "0"), row.subList(0, 5));
        double expected = meanOf(grid.resolve("runs.csv"), "earned", "coalition", "4",
                "final_done_share");
        assertEquals(expected, Double.parseDouble(row.get(5)), 1e-6, "files keep six decimals (docs/outputs.md)");
        assertTrue(Double.parseDouble(row.get(7)) <= expected && expected <= Double.parseDouble(row.get(8)));
        for (String f : List.of("curve-final_done_share-coalition.png", "curve-weeks_to_90-coalition.png")) {
            assertTrue(Files.size(grid.resolve("analysis").resolve(f)) > 5000, f);
        }
        var m = ManifestCheck.check(grid.resolve("analysis"), "analyze", "analysis");
        assertTrue(m.files().containsKey("summary.csv"), m.files().toString());
        assertEquals(org.adoptsim.cli.sweep.io.SweepManifest.read(grid).hash(),
                m.section().fields().path("sweep").path("hash").asText(), "names the sweep it read");
    }

    @Test
    void aBadNumberOptionIsNamedAloneWithItsValue() {
        // It was one line naming all three rules and no value: "--bootstrap must be >= 0, --bins >= 2, --rows >= 1".
        String[][] cases = {{"--bootstrap", "-1", "--bootstrap: must be from 0 to 100,000, was -1"},
            {"--bootstrap", "100001", "--bootstrap: must be from 0 to 100,000, was 100001"},
            {"--bins", "1", "--bins: must be at least 2, was 1"}, {"--rows", "0", "--rows: must be at least 1, was 0"}};
        for (String[] c : cases) {
            TestScenarios.Result r = TestScenarios.analyze(grid.toString(), c[0], c[1], "--out",
                    tmp.resolve("bad" + c[0]).toString());
            assertEquals(2, r.code(), r.err());
            assertEquals(c[2], r.err().strip());
        }
    }

    @Test
    void csvAndParquetSweepsGiveTheSameAnalysis() throws IOException {
        Path a = tmp.resolve("a-csv");
        Path b = tmp.resolve("a-pq");
        assertEquals(0, TestScenarios.analyze(grid.toString(), "--out", a.toString(), "--charts", "none").code());
        assertEquals(0, TestScenarios.analyze(tmp.resolve("grid-pq").toString(), "--out", b.toString(), "--charts",
                "none").code());
        assertArrayEquals(Files.readAllBytes(a.resolve("summary.csv")), Files.readAllBytes(b.resolve("summary.csv")));
        assertEquals(1 + 2 * 6 * 3, Files.readAllLines(a.resolve("summary.csv")).size(), "a grid groups by all parameters");
    }

    @Test
    void heatmapsAndVectorFormats() throws IOException {
        Path out = tmp.resolve("svg");
        assertEquals(0, TestScenarios.analyze(grid.toString(), "--out", out.toString(), "--charts", "svg", "--metric",
                "incidents").code());
        String svg = Files.readString(out.resolve("heatmap-incidents-earned.svg"));
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"), "an SVG document");
        assertTrue(Files.exists(out.resolve("heatmap-incidents-earn-then-mandate.svg")));
        assertTrue(Files.exists(out.resolve("curve-incidents-coalition.svg")));
        assertEquals(0, TestScenarios.analyze(grid.toString(), "--out", tmp.resolve("pdf").toString(), "--charts", "pdf",
                "--metric", "incidents", "--by", "capacity").code());
        byte[] pdf = Files.readAllBytes(tmp.resolve("pdf/curve-incidents-capacity.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void sobolAndMorrisDesignsGetTheirIndices() throws IOException {
        String params = """
                strategies: [earned]
                parameters:
                  rules.platform.capacity: {range: {min: 60, max: 180}}
                  rules.decisions.attention: {range: {min: 0.3, max: 0.9}}
                  strategies.earned.coalition.size: {range: {min: 0, max: 8}, integer: true}
                replicates: 2
                metrics: [final_done_share, weeks_to_90]
                """;
        Path sobol = TestScenarios.sweepFile(tmp.resolve("sobol"), "s.yaml", params + "design: {type: sobol, samples: 64}\n");
        assertEquals(0, TestScenarios.sweep(sobol.toString(), "--out", tmp.resolve("sobol-out").toString()).code());
        TestScenarios.Result r = TestScenarios.analyze(tmp.resolve("sobol-out").toString(), "--bootstrap", "50");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Sobol indices of final_done_share for earned (64 of 64 rows; replicate noise"), r.out());
        List<List<String>> s = csv(tmp.resolve("sobol-out/analysis/sobol.csv"));
        assertEquals(List.of("strategy", "metric", "parameter", "S1", "S1_lo", "S1_hi", "ST", "ST_lo", "ST_hi", "variance",
                "noise_share", "rows"), s.get(0));
        org.adoptsim.cli.output.CsvPolicy.assertSixDecimals(tmp.resolve("sobol-out/analysis/sobol.csv"));
        assertEquals(1 + 3, s.size(), "weeks_to_90 can be missing, so only final_done_share has indices");
        assertTrue(Files.exists(tmp.resolve("sobol-out/analysis/sobol-final_done_share-earned.png")));
        TestScenarios.Result none = TestScenarios.analyze(tmp.resolve("sobol-out").toString(), "--bootstrap", "0",
                "--charts", "none", "--out", tmp.resolve("sobol-b0").toString());
        assertEquals(0, none.code(), none.err());
        assertFalse(none.out().contains("no 95% CI where"), "--bootstrap 0 asks for no intervals: " + none.out());
        TestScenarios.Result quiet = TestScenarios.analyze(tmp.resolve("sobol-out").toString(), "--bootstrap", "0",
                "--charts", "none", "--out", tmp.resolve("sobol-q").toString(), "--quiet");
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("", quiet.out() + quiet.err(), "--quiet prints no summary, as for sweep and compare");
        assertTrue(Files.exists(tmp.resolve("sobol-q/sobol.csv")));
        assertTrue(Files.exists(tmp.resolve("sobol-out/analysis/main-effect-final_done_share-rules.platform.capacity.png")));

        Path morris = TestScenarios.sweepFile(tmp.resolve("morris"), "m.yaml", params
                + "design: {type: morris, trajectories: 10, levels: 4}\n");
        assertEquals(0, TestScenarios.sweep(morris.toString(), "--out", tmp.resolve("morris-out").toString()).code());
        assertEquals(0, TestScenarios.analyze(tmp.resolve("morris-out").toString(), "--bootstrap", "50").code());
        List<List<String>> m = csv(tmp.resolve("morris-out/analysis/morris.csv"));
        assertEquals(1 + 3, m.size());
        assertEquals(List.of("strategy", "metric", "parameter", "mu", "mu_star", "mu_star_lo", "mu_star_hi", "sigma",
                "noise_sd", "effects"), m.get(0));
        assertEquals("10", m.get(1).get(9), "one effect per parameter per trajectory");
        assertTrue(Files.exists(tmp.resolve("morris-out/analysis/morris-plane-final_done_share-earned.png")));
    }

    @Test
    void aMetricThatDoesNotVaryGetsNoMorrisRowsAsItGetsNoSobolIndices() throws IOException {
        Path morris = TestScenarios.sweepFile(tmp.resolve("flat"), "m.yaml", """
                strategies: [earned]
                parameters:
                  rules.platform.capacity: {range: {min: 60, max: 180}}
                  rules.decisions.attention: {range: {min: 0.3, max: 0.9}}
                replicates: 2
                metrics: [final_done_share, weeks_to_100_or_horizon]
                design: {type: morris, trajectories: 10, levels: 4}
                """);
        assertEquals(0, TestScenarios.sweep(morris.toString(), "--out", tmp.resolve("flat-out").toString()).code());
        List<List<String>> runs = csv(tmp.resolve("flat-out/runs.csv"));
        int col = runs.get(0).indexOf("weeks_to_100_or_horizon");
        assertEquals(1, runs.stream().skip(1).map(r -> r.get(col)).distinct().count(),
                "earned never reaches 100 % here: the metric is the horizon in every run");
        TestScenarios.Result r = TestScenarios.analyze(tmp.resolve("flat-out").toString(), "--bootstrap", "50");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("no sensitivity indices for weeks_to_100_or_horizon (earned): it does not vary beyond"
                + " replicate noise across the design"), r.out());
        assertTrue(!r.out().contains("Morris effects on weeks_to_100_or_horizon"), r.out());
        List<List<String>> m = csv(tmp.resolve("flat-out/analysis/morris.csv"));
        assertEquals(1 + 2, m.size(), "rows for final_done_share's two parameters only");
        assertTrue(m.stream().skip(1).allMatch(row -> row.get(1).equals("final_done_share")), m.toString());
        assertTrue(!Files.exists(tmp.resolve("flat-out/analysis/morris-weeks_to_100_or_horizon-earned.png")));
    }

    @Test
    void theWroteLineCountsAndListsEveryFileInTheFolder() throws IOException {
        Path out = tmp.resolve("counted");
        TestScenarios.Result r = TestScenarios.analyze(grid.toString(), "--out", out.toString(), "--metric", "incidents");
        assertEquals(0, r.code(), r.err());
        List<String> present;
        try (var files = Files.walk(out)) {
            present = files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals(org.adoptsim.cli.output.FolderLock.FILE)).sorted().toList();
        }
        assertTrue(present.contains("manifest.json"), present.toString());
        assertTrue(r.out().contains("wrote " + present.size() + " files to " + out + ":"), r.out());
        String listed = r.out().substring(r.out().indexOf("wrote " + present.size() + " files"));
        List<String> names = listed.lines().skip(1).map(String::strip).sorted().toList();
        assertEquals(present, names);
    }

    @Test
    void refusesUnfinishedSweepsAndUnknownNames() throws IOException {
        Path file = TestScenarios.sweepFile(tmp.resolve("half"), "h.yaml", GRID);
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", tmp.resolve("shard").toString(), "--shard",
                "1/2").code());
        TestScenarios.Result shard = TestScenarios.analyze(tmp.resolve("shard").toString());
        assertEquals(2, shard.code());
        assertTrue(shard.err().contains("holds shard 1/2 only; merge the shards first"), shard.err());
        TestScenarios.Result by = TestScenarios.analyze(grid.toString(), "--by", "nope");
        assertEquals(2, by.code());
        assertTrue(by.err().contains("--by: the sweep has no parameter 'nope'; it has: coalition, capacity"), by.err());
        TestScenarios.Result metric = TestScenarios.analyze(grid.toString(), "--metric", "mean_resentment");
        assertEquals(2, metric.code());
        assertTrue(metric.err().contains("--metric: the sweep did not keep 'mean_resentment'"), metric.err());
        assertEquals(2, TestScenarios.analyze(tmp.toString()).code(), "not a sweep directory");
    }

    @Test
    void withCommonRandomNumbersAPooledIntervalIsTheTIntervalOverTheReplicatesMeans() throws IOException {
        Path file = TestScenarios.sweepFile(tmp, "common.yaml", GRID.replace("seed: 5", "seed: 5\nrandomNumbers: common"));
        Path dir = tmp.resolve("common");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", dir.toString()).code());
        TestScenarios.Result analyzed = TestScenarios.analyze(dir.toString(), "--by", "coalition", "--charts", "none");
        assertEquals(0, analyzed.code(), analyzed.err());
        assertTrue(analyzed.out().contains("intervals of pooled groups: over the means of the runs that share draws"),
                analyzed.out());
        List<List<String>> runs = csv(dir.resolve("runs.csv"));
        List<String> h = runs.get(0);
        double[] sums = new double[4];
        int[] counts = new int[4];
        for (List<String> r : runs.subList(1, runs.size())) {
            if (r.get(h.indexOf("strategy")).equals("earned") && r.get(h.indexOf("coalition")).equals("4")) {
                int rep = Integer.parseInt(r.get(h.indexOf("replicate")));
                sums[rep] += Double.parseDouble(r.get(h.indexOf("incidents")));
                counts[rep]++;
            }
        }
        org.adoptsim.cli.results.stats.Moments means = new org.adoptsim.cli.results.stats.Moments();
        for (int rep = 0; rep < 4; rep++) {
            assertEquals(2, counts[rep], "each replicate at both capacities");
            means.accept(sums[rep] / 2);
        }
        double half = org.apache.commons.statistics.distribution.TDistribution.of(3).inverseCumulativeProbability(0.975)
                * Math.sqrt(means.variance() / 4);
        List<String> row = csv(dir.resolve("analysis/summary.csv")).stream()
                .filter(r -> r.subList(0, 3).equals(List.of("earned", "4", "incidents"))).findFirst().orElseThrow();
        double mean = Double.parseDouble(row.get(5));
        assertEquals(8, Integer.parseInt(row.get(3)), "n counts runs");
        assertEquals(mean - half, Double.parseDouble(row.get(7)), 1e-5);
        assertEquals(mean + half, Double.parseDouble(row.get(8)), 1e-5);
    }

    /**
     * With independent random numbers on a grid, a group pools the fixed levels of the other parameters:
     * its interval is the stratified one over the group's points, worked out here from runs.csv (each
     * point's runs and variance, Welch's degrees of freedom), not the interval over all runs.
     */
    @Test
    void onAGridWithIndependentDrawsAPooledIntervalIsStratifiedByPoint() throws IOException {
        TestScenarios.Result analyzed = TestScenarios.analyze(grid.toString(), "--by", "coalition", "--out",
                tmp.resolve("strata").toString(), "--charts", "none");
        assertEquals(0, analyzed.code(), analyzed.err());
        assertTrue(analyzed.out().contains("intervals of pooled groups: stratified by point"), analyzed.out());
        assertEquals("strata", ManifestCheck.check(tmp.resolve("strata"), "analyze", "analysis").section().fields()
                .path("intervals").asText(), "the manifest says which interval was taken");
        List<List<String>> runs = csv(grid.resolve("runs.csv"));
        List<String> h = runs.get(0);
        java.util.Map<String, org.adoptsim.cli.results.stats.Moments> byPoint = new java.util.TreeMap<>();
        org.adoptsim.cli.results.stats.Moments all = new org.adoptsim.cli.results.stats.Moments();
        for (List<String> r : runs.subList(1, runs.size())) {
            if (r.get(h.indexOf("strategy")).equals("earned") && r.get(h.indexOf("coalition")).equals("4")) {
                double v = Double.parseDouble(r.get(h.indexOf("incidents")));
                byPoint.computeIfAbsent(r.get(h.indexOf("point")), k -> new org.adoptsim.cli.results.stats.Moments()).accept(v);
                all.accept(v);
            }
        }
        assertEquals(2, byPoint.size(), "coalition 4 pools the two capacities");
        double n = all.count();
        double variance = 0;
        double welch = 0;
        for (org.adoptsim.cli.results.stats.Moments m : byPoint.values()) {
            double part = m.count() * m.variance() / (n * n);
            variance += part;
            welch += part * part / (m.count() - 1);
        }
        long df = (long) Math.floor(variance * variance / welch * (1 + 1e-12));
        double half = org.apache.commons.statistics.distribution.TDistribution.of(df).inverseCumulativeProbability(0.975)
                * Math.sqrt(variance);
        List<String> row = csv(tmp.resolve("strata/summary.csv")).stream()
                .filter(r -> r.subList(0, 3).equals(List.of("earned", "4", "incidents"))).findFirst().orElseThrow();
        assertEquals(all.mean() - half, Double.parseDouble(row.get(7)), 1e-5);
        assertEquals(all.mean() + half, Double.parseDouble(row.get(8)), 1e-5);
        double plainHalf = org.apache.commons.statistics.distribution.TDistribution.of(n - 1).inverseCumulativeProbability(0.975)
                * Math.sqrt(all.variance() / n);
        assertTrue(half < plainHalf, "narrower than over all runs: " + half + " against " + plainHalf);
    }

    @Test
    void aFolderHoldingTheSweepItselfIsRefusedAndKept() throws IOException {
        Path grid = tmp.resolve("grid-own");
        Files.createDirectories(grid);
        for (String f : List.of("manifest.json", "runs.csv", "points.csv", "checkpoint.json")) {
            Files.copy(AnalyzeCommandTest.grid.resolve(f), grid.resolve(f));
        }
        byte[] manifest = Files.readAllBytes(grid.resolve("manifest.json"));
        byte[] runs = Files.readAllBytes(grid.resolve("runs.csv"));
        List<String> before = listing(grid);
        TestScenarios.Result r = TestScenarios.analyze(grid.toString(), "--out", grid.toString(), "--charts", "none");
        assertEquals(2, r.code(), r.err());
        assertEquals(grid.toAbsolutePath().normalize() + ": holds the results of 'sweep'; analyze writes only where it"
                + " wrote before or into a new folder: choose another --out", r.err().strip());
        assertArrayEquals(manifest, Files.readAllBytes(grid.resolve("manifest.json")), "the sweep's manifest is kept");
        assertArrayEquals(runs, Files.readAllBytes(grid.resolve("runs.csv")));
        assertEquals(before, listing(grid));
        assertEquals(0, TestScenarios.analyze(grid.toString(), "--out", tmp.resolve("a-again").toString(), "--charts",
                "none").code(), "the sweep can still be analysed");
    }

    @Test
    void aSecondAnalysisIntoTheSameFolderRemovesTheChartsOfTheFirst() throws IOException {
        Path out = tmp.resolve("a-twice");
        assertEquals(0, TestScenarios.analyze(grid.toString(), "--out", out.toString(), "--by", "coalition").code());
        assertTrue(Files.exists(out.resolve("curve-final_done_share-coalition.png")));
        Path mine = Files.writeString(out.resolve("notes.txt"), "the researcher's own file\n");
        TestScenarios.Result r = TestScenarios.analyze(grid.toString(), "--out", out.toString(), "--by", "capacity",
                "--metric", "incidents");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(".adoptsim.lock", "curve-incidents-capacity.png", "manifest.json", "notes.txt",
                "summary.csv"), listing(out),
                "only this analysis's files (and files analyze did not write) are left");
        assertTrue(Files.exists(mine));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    static List<List<String>> csv(Path file) {
        List<List<String>> out = new ArrayList<>();
        try (CsvReader in = CsvReader.open(file)) {
            for (CsvRecord r = in.next(); r != null; r = in.next()) {
                out.add(r.fields());
            }
        }
        return out;
    }

    static double meanOf(Path runs, String strategy, String column, String value, String metric) {
        List<List<String>> rows = csv(runs);
        List<String> header = rows.get(0);
        int s = header.indexOf("strategy");
        int c = header.indexOf(column);
        int m = header.indexOf(metric);
        double sum = 0;
        int n = 0;
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.get(s).equals(strategy) && r.get(c).equals(value)) {
                sum += Double.parseDouble(r.get(m));
                n++;
            }
        }
        return sum / n;
    }
}
