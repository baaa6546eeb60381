package org.adoptsim.cli.report;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report DIR end to end: rebuilds exactly from the files, refuses what it cannot trust. */
class ReportCommandTest {

    @TempDir
    static Path shared;
    private static Path original;

    @TempDir
    Path dir;

    private Path out;
    private TestCli cli;

    @BeforeAll
    static void compareOnce() throws IOException {
        original = shared.resolve("out");
        TestCli once = new TestCli();
        assertEquals(0, once.execute("compare", TestCli.scenario(shared, 30, 4, 5).toString(), "--out",
                original.toString(), "--quiet"));
    }

    @BeforeEach
    void copy() throws IOException {
        out = dir.resolve("out");
        try (Stream<Path> files = Files.walk(original)) {
            for (Path p : files.toList()) {
                Files.copy(p, out.resolve(original.relativize(p).toString()));
            }
        }
        cli = new TestCli();
    }

    @Test
    void rebuildsTheSameReportAndChartsFromTheFiles() throws IOException {
        byte[] md = Files.readAllBytes(out.resolve("report.md"));
        byte[] html = Files.readAllBytes(out.resolve("report.html"));
        byte[] fan = Files.readAllBytes(out.resolve("charts/fan-earned.png"));
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
        byte[] brief = Files.readAllBytes(out.resolve("brief.pdf"));
        byte[] briefMd = Files.readAllBytes(out.resolve("brief.md"));
        Files.delete(out.resolve("report.md"));
        Files.delete(out.resolve("brief.pdf"));
        Files.delete(out.resolve("charts/fan-earned.png"));
        assertEquals(0, cli.execute("report", out.toString()), cli.err.toString());
        assertArrayEquals(md, Files.readAllBytes(out.resolve("report.md")));
        assertArrayEquals(html, Files.readAllBytes(out.resolve("report.html")));
        assertArrayEquals(fan, Files.readAllBytes(out.resolve("charts/fan-earned.png")));
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")));
        assertArrayEquals(briefMd, Files.readAllBytes(out.resolve("brief.md")));
        assertArrayEquals(brief, Files.readAllBytes(out.resolve("brief.pdf")), "the brief is rebuilt byte for byte");
        assertTrue(cli.out.toString().contains("Rebuilt report.html, report.md, brief.md, brief.pdf and 15 chart files"),
                cli.out.toString());
        assertTrue(cli.out.toString().startsWith("VERDICT ("), "report opens with the verdict too");
    }

    @Test
    void otherFormatsReplaceTheOldCharts() throws IOException {
        assertEquals(0, cli.execute("report", out.toString(), "--charts", "svg", "--quiet"));
        assertTrue(Files.exists(out.resolve("charts/fan-earned.svg")));
        assertFalse(Files.exists(out.resolve("charts/fan-earned.png")), "charts of the old format are removed");
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"chartFormats\" : [ \"svg\" ]"));
    }

    @Test
    void aGeneratedEntryOfAForeignNameIsLeftInPlaceAndSaidSo() throws IOException {
        Path mine = Files.writeString(out.resolve("mine.csv"), "a,b\n1,2\n");
        Path manifest = out.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"generated\" : [ ",
                "\"generated\" : [ \"mine.csv\", "));
        assertEquals(0, cli.execute("report", out.toString(), "--charts", "svg", "--quiet"), cli.err.toString());
        assertTrue(Files.exists(mine), "the user's own file stays");
        assertFalse(Files.exists(out.resolve("charts/fan-earned.png")), "charts of the old format are removed");
        assertEquals(List.of("adoptsim report: " + out + ": left 'mine.csv' in place: the earlier manifest.json listed"
                + " it, but adoptsim writes no chart or report of that name"), cli.err.toString().lines().toList());
        assertFalse(Files.readString(manifest).contains("mine.csv"), "the new manifest lists what report wrote");
    }

    @Test
    void theOldFormatOptionNamesCharts() throws IOException {
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
        assertEquals(2, cli.execute("report", out.toString(), "--format", "svg"));
        List<String> lines = cli.err.toString().lines().toList();
        assertTrue(lines.get(0).contains("--format is now --charts on report"), cli.err.toString());
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")), "nothing rebuilt");
        cli.err.getBuffer().setLength(0);
        assertEquals(2, cli.execute("report", out.toString(), "--charts", "bmp"));
        assertEquals(List.of("--charts: must be png, svg or pdf, comma-separated, was 'bmp'"),
                cli.err.toString().lines().toList());
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")), "nothing rebuilt");
    }

    @Test
    void aFileWhereChartsShouldBeIsOneLineWithTheReason() throws IOException {
        // It said "cannot write: OUT/charts", no reason; the manifest still describes the files beside it.
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
        try (Stream<Path> charts = Files.walk(out.resolve("charts"))) {
            for (Path p : charts.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(out.resolve("charts"), "mine\n");
        assertEquals(1, cli.execute("report", out.toString(), "--quiet"));
        assertEquals("adoptsim report: " + out + ": already exists: " + out.resolve("charts"),
                cli.err.toString().strip());
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")));
    }

    @Test
    void refusesDataThatNoLongerMatchesTheManifest() throws IOException {
        Path summary = out.resolve("summary.csv");
        Files.writeString(summary, Files.readString(summary).replace("earned", "earnest"));
        assertEquals(2, cli.execute("report", out.toString()));
        List<String> lines = cli.err.toString().lines().toList();
        assertEquals(1, lines.size(), cli.err.toString());
        assertTrue(lines.get(0).contains("summary.csv does not match manifest.json"), lines.get(0));
    }

    @Test
    void anEditedRunsCsvIsRefusedBeforeAnythingIsRewritten() throws IOException {
        Files.writeString(out.resolve("runs.csv"), "x\n", java.nio.file.StandardOpenOption.APPEND);
        java.util.Map<Path, byte[]> before = contents();
        assertEquals(2, cli.execute("report", out.toString()));
        List<String> lines = cli.err.toString().lines().toList();
        assertEquals(1, lines.size(), cli.err.toString());
        assertTrue(lines.get(0).contains("runs.csv does not match manifest.json"), lines.get(0));
        java.util.Map<Path, byte[]> after = contents();
        assertEquals(before.keySet(), after.keySet(), "no file added or removed");
        before.forEach((p, bytes) -> assertArrayEquals(bytes, after.get(p), p + " untouched"));
    }

    private java.util.Map<Path, byte[]> contents() throws IOException {
        java.util.Map<Path, byte[]> m = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.endsWith(".adoptsim.lock")).toList()) {
                m.put(p, Files.readAllBytes(p));
            }
        }
        return m;
    }

    /** Replaces the folder's charts/ by a link to an empty folder elsewhere, and returns that folder. */
    private Path linkChartsElsewhere() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        try (Stream<Path> files = Files.list(out.resolve("charts"))) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(out.resolve("charts"));
        Files.createSymbolicLink(out.resolve("charts"), elsewhere);
        return elsewhere;
    }

    /**
     * charts/ made a link (in a shared folder, by someone else) would have the charts written wherever it
     * points: refused, exit 2, and nothing lands there.
     */
    @Test
    void writesNoChartThroughALinkedChartsFolder() throws IOException {
        Path elsewhere = linkChartsElsewhere();
        assertEquals(2, cli.execute("report", out.toString(), "--quiet"));
        assertTrue(cli.err.toString().contains("charts is a symbolic link; nothing is written through a link inside an"
                + " output folder"), cli.err.toString());
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(0, files.count(), "nothing written where the link points");
        }
    }

    /** compare refuses such a folder before it runs: the earlier result is left whole, manifest included. */
    @Test
    void compareRefusesALinkedChartsFolderBeforeTouchingTheEarlierResult() throws IOException {
        Path elsewhere = linkChartsElsewhere();
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        assertEquals(2, cli.execute("compare", TestCli.scenario(shared, 30, 4, 5).toString(), "--out", out.toString(),
                "--quiet"));
        assertTrue(cli.err.toString().contains("charts is a symbolic link"), cli.err.toString());
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")), "the manifest is kept");
        assertArrayEquals(runs, Files.readAllBytes(out.resolve("runs.csv")), "and so are the tables");
    }

    @Test
    void refusesAFolderWithoutManifest() throws IOException {
        Files.delete(out.resolve("manifest.json"));
        assertEquals(2, cli.execute("report", out.toString()));
        assertTrue(cli.err.toString().contains("no manifest.json (not a finished adoptsim output folder)"));
        assertEquals(2, cli.execute("report", dir.resolve("nowhere").toString()));
        assertTrue(cli.err.toString().contains("no such folder"));
    }

    @Test
    void rebuildsEveryChartOfCompareByteForByteEventMarksIncluded() throws IOException {
        List<Path> charts;
        try (Stream<Path> files = Files.list(out.resolve("charts"))) {
            charts = files.sorted().toList();
        }
        List<byte[]> before = new java.util.ArrayList<>();
        for (Path c : charts) {
            before.add(Files.readAllBytes(c));
            Files.delete(c);
        }
        assertEquals(0, cli.execute("report", out.toString(), "--quiet"), cli.err.toString());
        for (int i = 0; i < charts.size(); i++) {
            assertArrayEquals(before.get(i), Files.readAllBytes(charts.get(i)), charts.get(i).toString());
        }
        String summary = Files.readString(out.resolve("summary.csv"));
        assertTrue(summary.lines().findFirst().orElseThrow().contains("deadline_week_median"), "the marks are data");
        assertEquals(0, cli.execute("report", out.toString(), "--charts", "svg", "--quiet"), cli.err.toString());
        String svg = Files.readString(out.resolve("charts/net-hours.svg"));
        assertTrue(svg.contains(">deadline + shutdown, week 26<"), "pure-mandate's deadline is labelled, as text");
        assertTrue(svg.contains(">mandate + sunset announced, week 0<"), "and its mandate");
        assertTrue(svg.contains(">mandate, week 4<"), "mandate-early's mandate: its preset's week 4");
        CsvTable runs = CsvTable.read(out.resolve("runs.csv"));
        for (int r = 0; r < runs.size(); r++) {
            String weeks = runs.text(r, "mandate_week") + "/" + runs.text(r, "shutdown_week");
            switch (runs.text(r, "strategy")) {
                case "pure-mandate" -> assertEquals("0/26", weeks, "the labels' weeks are runs.csv's");
                case "mandate-early" -> assertEquals("4/", weeks, "the labels' weeks are runs.csv's");
                default -> { }
            }
        }
        assertFalse(svg.contains("pure-mandate: deadline"), "the marks stay out of the legend");
    }

    @Test
    void aFolderOfAnOlderVersionGetsOneLineNamingTheFileAndWhatIsMissing() throws IOException {
        Path summary = out.resolve("summary.csv");
        String oldHash = org.adoptsim.cli.output.Sha256.of(summary);
        List<String> lines = Files.readAllLines(summary);
        List<String> header = List.of(lines.get(0).split(","));
        List<Integer> keep = new java.util.ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).startsWith("deadline_week")) {
                keep.add(i);
            }
        }
        StringBuilder older = new StringBuilder();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            older.append(String.join(",", keep.stream().map(i -> cells[i]).toList())).append('\n');
        }
        Files.writeString(summary, older.toString());
        Path manifest = out.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace(oldHash,
                org.adoptsim.cli.output.Sha256.of(summary)).replace("\"version\" : \"", "\"version\" : \"0.0.1-"));
        assertEquals(2, cli.execute("report", out.toString()));
        List<String> err = cli.err.toString().lines().toList();
        assertEquals(1, err.size(), cli.err.toString());
        assertTrue(err.get(0).contains("summary.csv lacks 5 columns this report reads (deadline_week_median,"
                + " deadline_week_reached, deadline_week_reached_share and 2 more): it was written by adoptsim"
                + " 0.0.1-"), err.get(0));
        assertTrue(err.get(0).endsWith("run the compare again to rebuild the folder"), err.get(0));
    }

    @Test
    void aManifestOfAnotherFormatIsRefusedInOneLine() throws IOException {
        Path manifest = out.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("adoptsim-output/2", "adoptsim-output/0"));
        assertEquals(2, cli.execute("report", out.toString()));
        List<String> err = cli.err.toString().lines().toList();
        assertEquals(1, err.size(), cli.err.toString());
        assertTrue(err.get(0).contains("manifest.json: format 'adoptsim-output/0' is not adoptsim-output/2"),
                err.get(0));
    }

    @Test
    void theReportsListTheSameLaggardsAsTheTerminal() throws IOException {
        Path again = dir.resolve("again");
        TestCli loud = new TestCli();
        assertEquals(0, loud.execute("compare", TestCli.scenario(dir, 30, 4, 5).toString(), "--out", again.toString()),
                loud.err.toString());
        List<String> terminal = new java.util.ArrayList<>();
        boolean in = false;
        String header = "";
        for (String line : loud.out.toString().lines().toList()) {
            in = in ? !line.isBlank() : line.startsWith("Teams most likely to lag");
            header = line.startsWith("Teams most likely to lag") ? line : header;
            if (in && line.startsWith("    ") && !line.contains("no team lags")) {
                terminal.add(line.strip().split("\\s+")[0]);
            }
        }
        assertTrue(header.contains("(P done before calendar week 30, "), "the chances are read at the horizon: " + header);
        String none = "no team lags: every team is done before calendar week 30 in every run";
        assertTrue(loud.out.toString().contains("  pure-mandate\n    " + none + "\n"),
                "pure-mandate's shutdown at week 26 finishes every team: none listed as lagging");
        assertEquals(4 * 5, terminal.size(), loud.out.toString());
        for (String report : List.of("report.md", "report.html")) {
            String text = Files.readString(again.resolve(report));
            int at = text.indexOf("Teams most likely to lag");
            assertTrue(at > 0, report + " has the laggard table");
            int from = at;
            for (String name : terminal) {
                String team = report.endsWith(".md") ? "| " + name + " |" : ">" + name + "<";
                int next = text.indexOf(team, from);
                assertTrue(next > 0, report + ": " + team + " after position " + from);
                from = next + team.length();
            }
        }
        String md = Files.readString(again.resolve("report.md"));
        assertTrue(md.contains("| team | P done before wk 30 | P adopted before wk 30 |"), "the table's columns: the horizon");
        assertTrue(md.contains("| most frequent reason not done when the runs end (share of runs) |"), "the reasons' week");
        assertFalse(md.contains(" done ("), "'done' is no reason for not being done");
        assertTrue(md.contains("| pure-mandate | " + none + " |"), "the report says so too");
    }
}
