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
    void anUnknownStrategyListsTheChoices() throws IOException {
        TestCli cli = new TestCli();
        assertEquals(2, cli.execute("run", TestCli.scenario(dir, 40, 6, 11).toString(), "--strategy", "hope"));
        assertTrue(cli.err.toString().contains("--strategy: no strategy 'hope'"), cli.err.toString());
    }
}
