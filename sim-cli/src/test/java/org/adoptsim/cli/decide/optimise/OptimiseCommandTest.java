package org.adoptsim.cli.decide.optimise;

import org.adoptsim.cli.output.ManifestCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.compare.TestCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** optimise end to end on a short scenario: outputs, best.yaml accepted by validate, constraints, reproducibility. */
class OptimiseCommandTest {
    private static final String SCENARIO = """
            name: optimise-test
            run: {weeks: 60, replicates: 4, seed: 11}
            strategies:
              earned: {preset: earned}
              earn-then-mandate: {preset: earn-then-mandate}
            """;

    @TempDir
    static Path tmp;
    static Path scenario;
    static Path out;
    static TestCli first;

    static String[] args(Path dir, String threads) {
        return new String[] {"optimise", scenario.toString(), "--lever",
            "strategies.earn-then-mandate.mandate.atShare,strategies.earn-then-mandate.sunset.atShare=0.3:0.8:0.1",
            "--lever", "strategies.earn-then-mandate.mandate.deadlineWeeks=13|26", "--objective", "weeks_to_90",
            "--constraint", "mean_resentment<=0.05@0.8", "--first-stage", "6", "--max-replicates", "40",
            "--recheck", "10", "--threads", threads, "--charts", "png", "--out", dir.toString()};
    }

    @BeforeAll
    static void optimise() throws IOException {
        scenario = Files.writeString(tmp.resolve("s.yaml"), SCENARIO);
        out = tmp.resolve("opt");
        first = new TestCli();
        assertEquals(0, first.execute(args(out, "2")), first.err.toString());
    }

    @Test
    void writesTheThreeOutputsAndSaysWhatItChose() throws IOException {
        String text = first.out.toString();
        assertTrue(text.contains("12 candidate plans (grid)"), text);
        assertTrue(text.contains("best plan: mandate.atShare = "), text);
        assertTrue(text.contains("re-check on 10 fresh replicates (seed 12)"), text);
        List<String> csv = Files.readAllLines(out.resolve("candidates.csv"));
        assertEquals(13, csv.size());
        assertTrue(csv.get(0).startsWith("candidate,mandate.atShare,mandate.deadlineWeeks,fate,replicates,weeks_to_90_mean"),
                csv.get(0));
        assertEquals(1, csv.stream().filter(l -> l.contains(",selected,")).count());
        org.adoptsim.cli.output.CsvPolicy.assertSixDecimals(out.resolve("candidates.csv"));
        assertTrue(Files.size(out.resolve("objective.png")) > 1000);
        assertEquals(java.util.Set.of("candidates.csv", "best.yaml", "objective.png"),
                ManifestCheck.check(out, "optimise", "optimisation").files().keySet());
    }

    @Test
    void pBestIsNamedForTheFirstStageItIsComputedOn() throws IOException {
        String header = Files.readAllLines(out.resolve("candidates.csv")).get(0);
        assertTrue(header.contains(",weeks_to_90_hi,p_best_first_stage,"), header);
        assertTrue(first.out.toString().contains("; P(best) ") && first.out.toString().contains(
                " on the first stage's 6 replicates of every plan"), first.out.toString());
        assertTrue(Files.readString(out.resolve("best.yaml")).contains("among all plans on the first stage's 6"
                + " replicates"));
    }

    @Test
    void theWroteLineCountsTheManifestToo() {
        String text = first.out.toString();
        assertTrue(text.contains("wrote 4 files to " + out + ":\n  candidates.csv\n  best.yaml\n  objective.png\n"
                + "  manifest.json\n"), text);
    }

    @Test
    void theWinnerIsNotRuledInfeasible() throws IOException {
        String winner = Files.readAllLines(out.resolve("candidates.csv")).stream().filter(l -> l.contains(",selected,"))
                .findFirst().orElseThrow();
        assertTrue(winner.endsWith(",yes"), winner);
        assertFalse(winner.contains("infeasible"), winner);
    }

    @Test
    void bestYamlPastedIntoTheScenarioValidates() throws IOException {
        String best = Files.readString(out.resolve("best.yaml"));
        assertTrue(best.contains("earn-then-mandate-optimised:"), best);
        StringBuilder pasted = new StringBuilder(SCENARIO);
        best.lines().forEach(l -> pasted.append("  ").append(l).append('\n'));
        Path file = Files.writeString(tmp.resolve("pasted.yaml"), pasted);
        TestCli v = new TestCli();
        assertEquals(0, v.execute("validate", file.toString()), v.err.toString() + v.out);
        assertTrue(v.out.toString().contains("earn-then-mandate-optimised"), v.out.toString());
    }

    @Test
    void aCtrlCDuringTheSearchIsOneLineExit130AndNoResult() throws IOException {
        // optimise exited 130 without a word, where sweep, compare and calibrate say they were interrupted
        Path cut = tmp.resolve("cut");
        TestCli cli = new TestCli();
        OptimiseCommand c = cli.command("optimise");
        c.onSearch = () -> Thread.currentThread().interrupt();
        assertEquals(org.adoptsim.cli.ExitCodes.INTERRUPTED, cli.execute(args(cut, "2")), cli.err.toString());
        assertFalse(Thread.interrupted(), "the interrupt is consumed");
        assertEquals("adoptsim optimise: interrupted; no plan was selected and " + cut + " holds no finished result"
                + " (run it again)", cli.err.toString().strip());
        assertFalse(Files.exists(cut.resolve("manifest.json")));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws IOException {
        Path other = tmp.resolve("opt1");
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute(args(other, "1")), cli.err.toString());
        assertEquals(Files.readString(out.resolve("candidates.csv")), Files.readString(other.resolve("candidates.csv")));
        assertEquals(Files.readString(out.resolve("best.yaml")), Files.readString(other.resolve("best.yaml")));
    }

    @Test
    void aFolderHoldingAnotherCommandsResultsIsRefusedBeforeTheSearchAndKept() throws IOException {
        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        String manifest = Files.readString(out.resolve("manifest.json")).replace("\"command\" : \"optimise\"",
                "\"command\" : \"compare\"");
        Files.writeString(other.resolve("manifest.json"), manifest);
        Files.writeString(other.resolve("candidates.csv"), "the comparison's own file\n");
        String[] a = args(other, "1");
        TestCli cli = new TestCli();
        assertEquals(2, cli.execute(a), cli.err.toString());
        assertEquals(other.toAbsolutePath().normalize() + ": holds the results of 'compare'; optimise writes only where it"
                + " wrote before or into a new folder: choose another --out", cli.err.toString().strip());
        assertFalse(cli.out.toString().contains("best plan"), "refused before the search: " + cli.out);
        assertEquals(manifest, Files.readString(other.resolve("manifest.json")));
        assertEquals("the comparison's own file\n", Files.readString(other.resolve("candidates.csv")));
    }

    @Test
    void aSecondRunIntoItsOwnFolderLeavesNoChartOfTheFirst() throws IOException {
        Path again = tmp.resolve("again");
        String[] a = args(again, "2");
        assertEquals(0, new TestCli().execute(a));
        assertTrue(Files.exists(again.resolve("objective.png")));
        a[a.length - 3] = "none";
        a = java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.stream.Stream.of("-q"))
                .toArray(String[]::new);
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute(a), cli.err.toString());
        assertEquals("", cli.out.toString() + cli.err, "-q prints no summary, as for sweep and compare");
        assertFalse(Files.exists(again.resolve("objective.png")), "the first run's chart is not left beside the second's");
        assertEquals(java.util.Set.of("candidates.csv", "best.yaml"),
                ManifestCheck.check(again, "optimise", "optimisation").files().keySet());
    }

    @Test
    void aConstraintsShareOfRunsIsAPercentage() throws IOException {
        // "met in 1 of runs" read as one run; the share is now written as a percentage
        String text = first.out.toString();
        assertTrue(text.matches("(?s).*constraint 1 on the fresh runs: met in [0-9.]+ % of runs \\(one-sided 95 % bounds"
                + " [0-9.]+ % to [0-9.]+ %\\): .*"), text);
        assertTrue(Files.readString(out.resolve("best.yaml")).matches("(?s).*: met in [0-9.]+ % of the fresh runs.*"));
    }

    @Test
    void badLeversAndConstraintsAreOneLine() {
        TestCli cli = new TestCli();
        assertEquals(2, cli.execute("optimise", scenario.toString(), "--lever", "rules.platform.capacity=1:2"));
        assertTrue(cli.err.toString().startsWith("--lever 'rules.platform.capacity=1:2': 'rules.platform.capacity' is not"
                + " a strategy's field"), cli.err.toString());
        TestCli c2 = new TestCli();
        assertEquals(2, c2.execute("optimise", scenario.toString(), "--lever", "strategies.earned.coalition.size=1:3:1",
                "--constraint", "weeks_to_90 < 3"));
        assertTrue(c2.err.toString().startsWith("--constraint 'weeks_to_90 < 3': write METRIC>=X@P"), c2.err.toString());
        TestCli c3 = new TestCli();
        assertEquals(2, c3.execute("optimise", scenario.toString(), "--lever", "strategies.nobody.coalition.size=1:3:1"));
        assertTrue(c3.err.toString().startsWith("--lever: the scenario has no strategy 'nobody'"), c3.err.toString());
        assertEquals(1, c3.err.toString().lines().count());
    }

    @Test
    void aBadNumberOptionIsNamedAloneWithItsValue() {
        TestCli cli = new TestCli();
        assertEquals(2, cli.execute("optimise", scenario.toString(), "--lever", "strategies.earned.coalition.size=1:3:1",
                "--delta", "-5"));
        assertEquals("--delta: must be greater than 0, was -5.0", cli.err.toString().strip());
        TestCli c2 = new TestCli();
        assertEquals(2, c2.execute("optimise", scenario.toString(), "--lever", "strategies.earned.coalition.size=1:3:1",
                "--first-stage", "8", "--max-replicates", "5"));
        assertEquals("--max-replicates: must be at least --first-stage (8), was 5", c2.err.toString().strip());
        // --weeks 0 was an internal error (exit 1), and past run's 2,600 weeks it was accepted
        TestCli c3 = new TestCli();
        assertEquals(2, c3.execute("optimise", scenario.toString(), "--lever", "strategies.earned.coalition.size=1:3:1",
                "--weeks", "0"));
        assertEquals("--weeks: must be at least 1, was 0", c3.err.toString().strip());
        TestCli c4 = new TestCli();
        assertEquals(2, c4.execute("optimise", scenario.toString(), "--lever", "strategies.earned.coalition.size=1:3:1",
                "--weeks", "99999"));
        assertEquals("--weeks: at most 2600 weeks (50 years), was 99999; use fewer weeks", c4.err.toString().strip());
    }
}
