package org.adoptsim.cli.compare;

import org.adoptsim.cli.ExitCodes;
import org.adoptsim.cli.results.MetricCatalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.output.PairedCsv;
import org.adoptsim.cli.output.Sha256;
import org.adoptsim.cli.output.SummaryCsv;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare end to end: the command line in, every output file out. */
class CompareCommandTest {
    private static final List<String> DATA = List.of("runs.csv", "weekly.csv", "summary.csv", "paired.csv", "best.csv",
            "caveats.csv", "teams.csv");

    @TempDir
    Path dir;

    private TestCli cli;

    private int compare(String out, String... more) throws IOException {
        cli = new TestCli();
        Path file = TestCli.scenario(dir, 40, 6, 11);
        List<String> args = new java.util.ArrayList<>(List.of("compare", file.toString(), "--out",
                dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return cli.execute(args.toArray(String[]::new));
    }

    static byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    static Manifest manifest(Path folder) throws IOException {
        return new OutputFolder(folder).manifest().orElseThrow();
    }

    @Test
    void writesEveryFileWithItsColumns() throws IOException {
        assertEquals(0, compare("a", "--threads", "2"), cli.err.toString());
        Path a = dir.resolve("a");
        CsvTable runs = CsvTable.read(a.resolve("runs.csv"));
        assertEquals(5 * 6, runs.size());
        assertEquals(List.of("strategy", "replicate", "seed", "weeks_to_50"), runs.header().subList(0, 4));
        assertEquals(5 * 40, CsvTable.read(a.resolve("weekly.csv")).size());
        CsvTable summary = CsvTable.read(a.resolve("summary.csv"));
        assertEquals(SummaryCsv.header(new MetricCatalog(40)), summary.header());
        assertEquals(List.of("announce-and-hope", "earned", "mandate-early", "earn-then-mandate", "pure-mandate"),
                java.util.stream.IntStream.range(0, 5).mapToObj(i -> summary.text(i, "strategy")).toList());
        CsvTable paired = CsvTable.read(a.resolve("paired.csv"));
        assertEquals(PairedCsv.header(), paired.header());
        int perStrategy = new MetricCatalog(40).paired().size();
        assertTrue(paired.size() == 4 * perStrategy || paired.size() == 8 * perStrategy,
                "against the baseline, and against the best when it is not the baseline: " + paired.size());
        Manifest m = manifest(a);
        assertEquals(m, org.adoptsim.cli.output.ManifestCheck.check(a, "compare", "comparison"));
        assertTrue(m.complete());
        assertEquals(6, m.replicatesCompleted());
        assertEquals(11, m.seed());
        assertEquals(40, m.weeks());
        assertEquals("announce-and-hope", m.baseline());
        assertEquals(Sha256.of(dir.resolve("small.yaml")), m.scenario().sha256());
        assertEquals("small-test", m.scenario().name());
        assertEquals(dir.resolve("small.yaml").toString(), m.scenario().file());
        assertEquals(DATA, List.copyOf(m.files().keySet()));
        assertEquals(2, m.execution().threads());
        for (String g : m.generated()) {
            assertTrue(Files.isRegularFile(a.resolve(g)), g);
        }
        assertEquals(15, m.generated().stream().filter(g -> g.endsWith(".png")).count());
        assertTrue(m.generated().containsAll(List.of("brief.md", "brief.pdf", "charts/net-hours.png",
                "charts/done-vs-adopted.png")));
        String html = Files.readString(a.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("data:image/png;base64,") && html.contains("<table>"));
        String out = cli.out.toString();
        assertTrue(out.startsWith("VERDICT (") && out.contains("Adoption: started (vanity), honest (old system off)")
                && out.contains("earn-then-mandate"), out);
        assertEquals("", cli.err.toString());
        try (Stream<Path> s = Files.list(a)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void theTerminalPrintsTheManifestsSecondsWhichEndAfterTheReports() throws IOException {
        assertEquals(0, compare("timed"), cli.err.toString());
        Path t = dir.resolve("timed");
        Manifest.Execution e = manifest(t).execution();
        assertTrue(cli.out.toString().contains(" (" + org.adoptsim.cli.text.Num.fixed(e.seconds(), 1) + " s, "),
                e.seconds() + " s in the manifest; terminal: " + cli.out);
        java.time.Instant finished = java.time.Instant.parse(e.finished());
        for (String f : List.of("report.html", "report.md", "brief.pdf", "charts/net-hours.png")) {
            java.time.Instant written = Files.getLastModifiedTime(t.resolve(f)).toInstant();
            assertFalse(written.isAfter(finished), f + " written at " + written + ", after 'finished' " + finished);
        }
    }

    @Test
    void theThreadCountChangesNoResultByte() throws IOException {
        assertEquals(0, compare("one", "--threads", "1", "--quiet"));
        assertEquals(0, compare("three", "--threads", "3", "--quiet"));
        for (String f : List.of("runs.csv", "weekly.csv", "summary.csv", "paired.csv", "charts/fan-earned.png",
                "charts/paired-differences.png")) {
            assertArrayEquals(bytes(dir.resolve("one").resolve(f)), bytes(dir.resolve("three").resolve(f)), f);
        }
        assertEquals(manifest(dir.resolve("one")).files(), manifest(dir.resolve("three")).files());
    }

    /** An interrupted agency-cloud's "who is holding the migration" charts say PARTIAL, like every other chart. */
    @Test
    void anInterruptedRunsHoldingChartsSayPartial() throws IOException {
        cli = new TestCli();
        CompareCommand c = cli.command("compare");
        c.onReplicate = done -> {
            if (done == 3) {
                Thread.currentThread().interrupt();
            }
        };
        Path out = dir.resolve("cut-agency");
        assertEquals(ExitCodes.INTERRUPTED, cli.execute("compare", "../scenarios/agency-cloud.yaml", "--replicates", "6",
                "--weeks", "40", "--threads", "1", "--charts", "svg", "--out", out.toString()));
        assertFalse(Thread.interrupted(), "the interrupt is consumed");
        String laggards = Files.readString(out.resolve("charts/laggards-top-down.svg"));
        assertTrue(laggards.contains("PARTIAL: 3 of 6 replicates"), "the other charts say so");
        String holding = Files.readString(out.resolve("charts/holding-top-down.svg"));
        assertTrue(holding.contains("PARTIAL: 3 of 6 replicates"), "and so does who is holding the migration");
    }

    /** --quiet holds for a partial result too: no summary on stdout, only the one warning line on stderr. */
    @Test
    void anInterruptedQuietRunPrintsOnlyTheWarning() throws IOException {
        int rc = compareInterruptedAfterThreeOfSix("quiet", "--quiet");
        assertEquals(ExitCodes.INTERRUPTED, rc);
        assertFalse(Thread.interrupted(), "the interrupt is consumed");
        assertEquals("", cli.out.toString(), "--quiet: no summary, not even for a partial result");
        assertEquals("adoptsim compare: interrupted; the outputs cover the 3 of 6 replicates that finished and are"
                + " marked partial", cli.err.toString().strip(), "one warning line on stderr");
        assertFalse(manifest(dir.resolve("quiet")).complete());
    }

    /** A 6-replicate compare into {@code folder} whose thread is interrupted once 3 replicates are done. */
    private int compareInterruptedAfterThreeOfSix(String folder, String... more) throws IOException {
        cli = new TestCli();
        CompareCommand c = cli.command("compare");
        c.onReplicate = done -> {
            if (done == 3) {
                Thread.currentThread().interrupt();
            }
        };
        Path file = TestCli.scenario(dir, 40, 6, 11);
        List<String> args = new java.util.ArrayList<>(List.of("compare", file.toString(), "--out",
                dir.resolve(folder).toString(), "--threads", "2"));
        args.addAll(List.of(more));
        return cli.execute(args.toArray(String[]::new));
    }

    @Test
    void anInterruptKeepsTheFinishedReplicatesMarkedPartial() throws IOException {
        int rc = compareInterruptedAfterThreeOfSix("cut");
        assertEquals(ExitCodes.INTERRUPTED, rc);
        assertFalse(Thread.interrupted(), "the interrupt is consumed");
        Manifest m = manifest(dir.resolve("cut"));
        assertFalse(m.complete());
        assertEquals(3, m.replicatesCompleted());
        assertEquals(6, m.replicates());
        assertTrue(cli.err.toString().contains("interrupted; the outputs cover the 3 of 6 replicates"), cli.err.toString());
        assertTrue(cli.out.toString().contains("PARTIAL RESULT"));
        assertTrue(Files.readString(dir.resolve("cut/report.md")).contains("PARTIAL RESULT"));
        String brief = Files.readString(dir.resolve("cut/brief.md"));
        int partial = brief.indexOf("**PARTIAL RESULT: interrupted after 3 of 6 replicates");
        assertTrue(partial > 0 && partial < brief.indexOf("## The answer"), "the brief opens with it: " + brief);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("cut/brief.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("PARTIAL RESULT") && text.indexOf("PARTIAL RESULT") < text.indexOf("VERDICT"),
                    "and so does its PDF, above the verdict: " + text);
        }
        assertEquals(0, compare("three", "--replicates", "3", "--quiet"));
        for (String f : DATA) {
            assertArrayEquals(bytes(dir.resolve("three").resolve(f)), bytes(dir.resolve("cut").resolve(f)),
                    f + ": a partial result is exactly the first k replicates");
        }
    }

    @Test
    void theBaselineCanBeChosen() throws IOException {
        assertEquals(0, compare("b", "--baseline", "earned", "--quiet"));
        Manifest m = manifest(dir.resolve("b"));
        assertEquals("earned", m.baseline());
        CsvTable paired = CsvTable.read(dir.resolve("b/paired.csv"));
        assertTrue(java.util.stream.IntStream.range(0, paired.size())
                .allMatch(i -> paired.text(i, "baseline").equals("earned") && !paired.text(i, "strategy").equals("earned")));
        assertEquals("", cli.out.toString(), "--quiet prints nothing");
    }

    @Test
    void vectorFormatsOnRequest() throws IOException {
        assertEquals(0, compare("v", "--charts", "SVG,pdf", "--quiet"));
        Path v = dir.resolve("v");
        assertTrue(Files.exists(v.resolve("charts/fan-earned.svg")));
        assertTrue(Files.exists(v.resolve("charts/fan-earned.pdf")));
        assertFalse(Files.exists(v.resolve("charts/fan-earned.png")));
        assertEquals(List.of("svg", "pdf"), manifest(v).chartFormats());
        assertTrue(Files.readString(v.resolve("report.html")).contains("data:image/png;base64,"),
                "the report still embeds bitmaps");
        assertTrue(Files.readString(v.resolve("report.md")).contains("(charts/fan-earned.svg)"));
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        assertEquals(2, compare("x", "--baseline", "nope"));
        assertTrue(cli.err.toString().contains("--baseline: no strategy 'nope' in scenario small-test (it has:"
                + " announce-and-hope, earned, mandate-early, earn-then-mandate, pure-mandate)"), cli.err.toString());
        assertEquals(2, compare("x", "--replicates", "0"));
        assertTrue(cli.err.toString().contains("--replicates: must be at least 1, was 0"));
        assertEquals(2, compare("x", "--charts", "gif"));
        assertTrue(cli.err.toString().contains("--charts: must be png, svg or pdf, comma-separated, was 'gif'"));
        assertEquals(2, compare("x", "--format", "svg"), "the old name is not silently accepted");
        assertTrue(cli.err.toString().contains("--format is now --charts on compare (chart formats, e.g. --charts"
                + " png,svg); --format is sweep's table format"), cli.err.toString());
        assertEquals(1, cli.err.toString().strip().lines().count(), cli.err.toString());
        assertFalse(Files.exists(dir.resolve("x")), "nothing written on bad input");
    }

    @Test
    void helpHasExamples() {
        TestCli t = new TestCli();
        assertEquals(0, t.execute("compare", "--help"));
        String help = t.out.toString();
        assertTrue(help.contains("Examples:") && help.contains("adoptsim compare ") && help.contains("--baseline"), help);
        assertEquals(0, t.execute("run", "--help"));
        assertTrue(t.out.toString().contains("--strategy"));
    }

    @Test
    void theHelpNamesEveryFileACompareOrARunWrites() throws IOException {
        assertEquals(0, compare("h", "--decompose", "mandate-early,earn-then-mandate"), cli.err.toString());
        assertEquals(java.util.Set.of(), unlisted("compare", manifest(dir.resolve("h"))));
        TestCli run = new TestCli();
        assertEquals(0, run.execute("run", dir.resolve("small.yaml").toString(), "--out", dir.resolve("r").toString(),
                "--quiet"), run.err.toString());
        assertEquals(java.util.Set.of(), unlisted("run", manifest(dir.resolve("r"))));
    }

    /** The files and folders of {@code m} that {@code command --help}'s "Writes …" does not name. */
    private static java.util.Set<String> unlisted(String command, Manifest m) {
        TestCli t = new TestCli();
        t.execute(command, "--help");
        java.util.Set<String> listed = new java.util.HashSet<>();
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("([\\w-]+)\\.(\\w+)((?:/\\.\\w+)*)|([\\w-]+/)(?=[ ,])")
                .matcher(t.out.toString().replaceAll("\\s+", " "));
        while (w.find()) {
            if (w.group(4) != null) {
                listed.add(w.group(4));
                continue;
            }
            listed.add(w.group(1) + "." + w.group(2));
            for (String ext : w.group(3).split("/\\.")) {
                listed.add(w.group(1) + "." + ext);
            }
        }
        java.util.Set<String> missing = new java.util.TreeSet<>();
        java.util.stream.Stream.concat(m.files().keySet().stream(), m.generated().stream())
                .map(f -> f.contains("/") ? f.substring(0, f.indexOf('/') + 1) : f)
                .filter(f -> !listed.contains(f)).forEach(missing::add);
        if (!listed.contains("manifest.json")) {
            missing.add("manifest.json");
        }
        return missing;
    }

    @Test
    void aBadScenarioFileIsOneLocatedLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: bad\nrun: {weeks: 0}\n");
        TestCli t = new TestCli();
        assertEquals(2, t.execute("compare", bad.toString(), "--out", dir.resolve("o").toString()));
        List<String> lines = t.err.toString().lines().toList();
        assertEquals(1, lines.size(), t.err.toString());
        assertTrue(lines.get(0).startsWith(bad + ":2:"), lines.get(0));
        assertEquals(2, t.execute("compare", dir.resolve("missing.yaml").toString()));
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void theReportCarriesTheScenarioDescription() throws IOException {
        assertEquals(0, compare("d", "--quiet", "--replicates", "2"));
        assertTrue(Files.readString(dir.resolve("d/report.md")).contains(
                "- The default organisation over a short horizon, for tests."));
    }
}
