package org.adoptsim.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.adoptsim.cli.output.CsvTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run end to end, and its agreement with compare. */
class RunCommandTest {
    @TempDir
    Path dir;

    private static String dropLast(String line) {
        return line.substring(0, line.lastIndexOf(','));
    }

    @Test
    void aRunIsTheSameAsThatStrategyInACompare() throws IOException {
        Path file = TestCli.scenario(dir, 40, 6, 11);
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("compare", file.toString(), "--out", dir.resolve("c").toString(), "--quiet"));
        assertEquals(0, cli.execute("run", file.toString(), "--strategy", "earn-then-mandate", "--out",
                dir.resolve("r").toString(), "--quiet"));
        List<String> compared = Files.readAllLines(dir.resolve("c/runs.csv"));
        List<String> run = Files.readAllLines(dir.resolve("r/runs.csv"));
        assertEquals(compared.get(0), run.get(0));
        assertTrue(run.get(0).endsWith(",break_even_week"), "the one column read against the baseline comes last");
        assertEquals(compared.stream().filter(l -> l.startsWith("earn-then-mandate,")).map(RunCommandTest::dropLast)
                .toList(), run.subList(1, run.size()).stream().map(RunCommandTest::dropLast).toList());
        assertTrue(run.get(1).endsWith(","), "no baseline in a run: no break-even week");
        List<String> runReport = Files.readAllLines(dir.resolve("r/report.md"));
        assertTrue(runReport.stream().anyMatch(l -> l.startsWith("| earn-then-mandate | ") && l.endsWith(" | n/a |")),
                "and the ledger says n/a for it, not that it never breaks even");
        List<String> compareReport = Files.readAllLines(dir.resolve("c/report.md"));
        assertTrue(compareReport.stream().anyMatch(l -> l.startsWith("| announce-and-hope | ") && l.endsWith(" | n/a |")),
                "nor the baseline in a compare");
        assertTrue(compareReport.stream().noneMatch(l -> l.startsWith("| earned | ") && l.endsWith(" | n/a |")),
                "the others have one");
        CsvTable runSummary = CsvTable.read(dir.resolve("r/summary.csv"));
        CsvTable compareSummary = CsvTable.read(dir.resolve("c/summary.csv"));
        for (String column : runSummary.header()) {
            if (!column.startsWith("break_even_week")) {
                assertEquals(compareSummary.text(3, column), runSummary.text(0, column), column);
            }
        }
        Manifest m = CompareCommandTest.manifest(dir.resolve("r"));
        assertEquals("run", m.command());
        assertEquals(null, m.baseline());
        assertFalse(Files.exists(dir.resolve("r/paired.csv")));
        assertFalse(Files.exists(dir.resolve("r/best.csv")), "one strategy has no verdict");
        assertFalse(Files.exists(dir.resolve("r/brief.pdf")));
        assertFalse(Files.exists(dir.resolve("r/charts/paired-differences.png")));
    }

    @Test
    void aRunReplacesACompareInTheSameFolderOnlyWithForceAndThenWithoutStaleFiles() throws IOException {
        Path file = TestCli.scenario(dir, 40, 6, 11);
        Path out = dir.resolve("same");
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("compare", file.toString(), "--out", out.toString(), "--quiet"));
        Files.writeString(out.resolve("my-notes.txt"), "keep me");
        TestCli refused = new TestCli();
        assertEquals(2, refused.execute("run", file.toString(), "--out", out.toString(), "--quiet"));
        assertTrue(refused.err.toString().contains("holds the results of 'compare'")
                && refused.err.toString().contains("--force"), refused.err.toString());
        assertTrue(Files.exists(out.resolve("paired.csv")), "the refusal deleted nothing");
        assertEquals(0, cli.execute("run", file.toString(), "--out", out.toString(), "--quiet", "--force"));
        assertFalse(Files.exists(out.resolve("paired.csv")));
        assertFalse(Files.exists(out.resolve("charts/fan-earned.png")));
        assertFalse(Files.exists(out.resolve("charts/adoption-median.png")));
        assertTrue(Files.exists(out.resolve("charts/fan-announce-and-hope.png")), "the default is the first strategy");
        assertTrue(Files.exists(out.resolve("my-notes.txt")));
        String out2 = cli.out.toString();
        assertEquals("", out2);
    }

    @Test
    void aRerunLeavesTheUsersOwnFilesAHandEditedManifestListsAndStillRemovesGenuineStaleOnes() throws IOException {
        Path file = TestCli.scenario(dir, 30, 4, 11);
        Path out = dir.resolve("edited");
        assertEquals(0, new TestCli().execute("compare", file.toString(), "--out", out.toString(), "--quiet"));
        Path notes = Files.writeString(out.resolve("notes.txt"), "the planner's own notes\n");
        Path mine = Files.writeString(out.resolve("mine.csv"), "a,b\n1,2\n");
        Path old = Files.writeString(out.resolve("old.csv"), "a table an earlier version wrote\n");
        Path manifest = out.resolve("manifest.json");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var m = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(manifest.toFile());
        var files = (com.fasterxml.jackson.databind.node.ObjectNode) m.get("files");
        files.putObject("notes.txt").put("bytes", Files.size(notes)).put("sha256", "0".repeat(64));
        files.putObject("old.csv").put("bytes", Files.size(old)).put("sha256", org.adoptsim.cli.output.Sha256.of(old));
        ((com.fasterxml.jackson.databind.node.ArrayNode) m.get("generated")).add("mine.csv");
        Files.writeString(manifest, json.writerWithDefaultPrettyPrinter().writeValueAsString(m));
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("compare", file.toString(), "--out", out.toString(), "--quiet", "--charts", "svg"),
                cli.err.toString());
        assertEquals("the planner's own notes\n", Files.readString(notes), "listed with a hash not its own: kept");
        assertTrue(Files.exists(mine), "listed as a chart or report of a name adoptsim never writes: kept");
        assertFalse(Files.exists(old), "a data file as the earlier manifest recorded it is removed");
        assertFalse(Files.exists(out.resolve("charts/fan-earned.png")), "charts of the earlier format are removed");
        assertTrue(Files.exists(out.resolve("charts/fan-earned.svg")));
        assertEquals(List.of("adoptsim compare: " + out + ": left 'notes.txt' in place: the earlier manifest.json"
                + " listed it, but its size or SHA-256 is not what the earlier run recorded (changed since, or not its"
                + " file)", "adoptsim compare: " + out + ": left 'mine.csv' in place: the earlier manifest.json"
                + " listed it, but adoptsim writes no chart or report of that name"),
                cli.err.toString().lines().toList());
    }

    @Test
    void anUnknownStrategyListsTheChoices() throws IOException {
        TestCli cli = new TestCli();
        assertEquals(2, cli.execute("run", TestCli.scenario(dir, 40, 6, 11).toString(), "--strategy", "hope"));
        assertTrue(cli.err.toString().contains("--strategy: no strategy 'hope'"), cli.err.toString());
    }
}
