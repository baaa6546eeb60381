package org.adoptsim.cli.decide.discover;

import org.adoptsim.cli.output.ManifestCheck;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** discover on a real (small) sweep: a planted region over the parameters, a metric condition, refusals. */
class DiscoverCommandTest {
    @TempDir
    static Path tmp;
    static Path sweep;

    @BeforeAll
    static void runSweep() throws IOException {
        Files.writeString(tmp.resolve("small.yaml"), """
                name: small-test
                run: {weeks: 30, replicates: 2, seed: 7}
                organisation:
                  attributes:
                    effort: {all: {lognormal: {median: 360, sigma: 0.6}}, min: 0, max: 10000000}
                strategies:
                  earned: {preset: earned}
                  earn-then-mandate: {preset: earn-then-mandate}
                """);
        Path spec = Files.writeString(tmp.resolve("s.yaml"), """
                name: discover-test
                scenario: small.yaml
                strategies: [earned, earn-then-mandate]
                parameters:
                  strategies.earn-then-mandate.mandate.atShare: {label: trigger, values: [0.2, 0.35, 0.5, 0.65, 0.8]}
                  organisation.attributes.effort.all.lognormal.median: {label: effort, values: [120, 240, 360, 480]}
                design: grid
                replicates: 3
                seed: 3
                metrics: [final_done_share, weeks_to_90, incidents]
                """);
        sweep = tmp.resolve("sweep");
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("sweep", spec.toString(), "--out", sweep.toString(), "--quiet"), cli.err.toString());
    }

    @Test
    void findsAPlantedRegionOfTheParameters() throws IOException {
        TestCli cli = new TestCli();
        int code = cli.execute("discover", sweep.toString(), "--when", "trigger <= 0.5 && effort >= 240",
                "--charts", "png", "--min-mass", "0.02");
        assertEquals(0, code, cli.err.toString());
        String out = cli.out.toString();
        assertTrue(out.contains("holds in 100 % of the runs when trigger ≤ 0.5 and effort ≥ 240"), out);
        Path dir = sweep.resolve("discover");
        List<String> lines = Files.readAllLines(dir.resolve("boxes.csv"));
        assertEquals("step,stage,selected,cases,of_interest,coverage,density,mass,restricted,trigger_lower,trigger_upper,"
                + "trigger_p,effort_lower,effort_upper,effort_p", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",yes,")), "a selected row");
        org.adoptsim.cli.output.CsvPolicy.assertSixDecimals(dir.resolve("boxes.csv"));
        assertTrue(Files.size(dir.resolve("peeling-trajectory.png")) > 1000);
        assertTrue(Files.size(dir.resolve("box.png")) > 1000);
        assertEquals(List.of("boxes.csv", "peeling-trajectory.png", "box.png"),
                List.copyOf(ManifestCheck.check(dir, "discover", "discovery").files().keySet()));
        byte[] first = Files.readAllBytes(dir.resolve("boxes.csv"));
        TestCli quiet = new TestCli();
        assertEquals(0, quiet.execute("discover", sweep.toString(), "--when", "trigger <= 0.5 && effort >= 240",
                "--charts", "none", "--min-mass", "0.02", "-q"));
        assertEquals(new String(first), Files.readString(dir.resolve("boxes.csv")), "reproducible");
        assertEquals("", quiet.out.toString() + quiet.err, "-q prints no summary, as for sweep and compare");
    }

    @Test
    void comparesStrategiesByName() {
        TestCli cli = new TestCli();
        int code = cli.execute("discover", sweep.toString(), "--when",
                "earned.final_done_share > earn-then-mandate.final_done_share || earned.weeks_to_90 < earn-then-mandate.weeks_to_90",
                "--charts", "none", "--out", tmp.resolve("d2").toString());
        // either a region is found, or the condition holds nowhere/everywhere (an answer too: exit 0)
        assertEquals(0, code, cli.err.toString());
    }

    @Test
    void aConditionThatHoldsNowhereOrEverywhereIsAnAnswerAndWritesNothing() {
        for (String[] c : List.of(new String[] {"effort > 100000", "none"}, new String[] {"effort > 0", "all"})) {
            Path out = tmp.resolve("d-" + c[1]);
            TestCli cli = new TestCli();
            assertEquals(0, cli.execute("discover", sweep.toString(), "--when", c[0], "--out", out.toString()),
                    cli.err.toString());
            assertTrue(cli.out.toString().contains("the condition holds in " + c[1] + " of the 60 runs: there is no"
                    + " region to find, so nothing was written"), cli.out.toString());
            assertTrue(cli.err.toString().isEmpty(), cli.err.toString());
            assertFalse(Files.exists(out), "nothing written");
        }
    }

    @Test
    void aConditionWithoutARegionRemovesTheEarlierAnswerInsteadOfLeavingItLookingCurrent() throws IOException {
        Path out = tmp.resolve("d-stale");
        assertEquals(0, new TestCli().execute("discover", sweep.toString(), "--when", "trigger <= 0.5 && effort >= 240",
                "--charts", "png", "--min-mass", "0.02", "--out", out.toString()));
        assertTrue(Files.exists(out.resolve("boxes.csv")) && Files.exists(out.resolve("manifest.json")));
        Path mine = Files.writeString(out.resolve("notes.txt"), "the planner's own file\n");
        Path theirs = Files.writeString(out.resolve("listed.txt"), "listed by hand with another hash\n");
        Path manifest = out.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"files\" : {", "\"files\" : {\n"
                + "    \"listed.txt\" : { \"bytes\" : " + Files.size(theirs) + ", \"sha256\" : \"" + "0".repeat(64)
                + "\" },"));
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("discover", sweep.toString(), "--when", "effort > 100000", "--out", out.toString()),
                cli.err.toString());
        assertTrue(cli.out.toString().contains("nothing was written; the earlier discover result in " + out
                + " was removed, apart from 1 file left in place (named on stderr)"), cli.out.toString());
        for (String f : List.of("boxes.csv", "peeling-trajectory.png", "box.png", "manifest.json")) {
            assertFalse(Files.exists(out.resolve(f)), f + " of the earlier answer");
        }
        assertTrue(Files.exists(mine), "a file discover did not write stays");
        assertTrue(Files.exists(theirs), "a listed file that is not what discover wrote stays");
        assertEquals(List.of("adoptsim discover: " + out + ": left 'listed.txt' in place: the earlier manifest.json"
                + " listed it, but its size or SHA-256 is not what the earlier run recorded (changed since, or not its"
                + " file)"), cli.err.toString().lines().toList());
    }

    @Test
    void aFolderHoldingAnotherCommandsResultsIsRefusedAndKept() throws IOException {
        List<String> before = listing(sweep);
        Path lock = sweep.resolve(org.adoptsim.cli.output.FolderLock.FILE);
        byte[] lockBefore = Files.readAllBytes(lock);
        for (String when : List.of("trigger <= 0.5 && effort >= 240", "effort > 100000")) {
            TestCli cli = new TestCli();
            assertEquals(2, cli.execute("discover", sweep.toString(), "--when", when, "--charts", "none", "--min-mass",
                    "0.02", "--out", sweep.toString()), when);
            assertEquals(sweep + ": holds the results of 'sweep'; discover writes only where it wrote before or into a"
                    + " new folder: choose another --out",
                    cli.err.toString().strip());
            assertEquals(before, listing(sweep), "the sweep's files are all still there");
            assertArrayEquals(lockBefore, Files.readAllBytes(lock), "refused before taking the folder's lock");
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBadConditionIsOneLocatedLine() {
        TestCli cli = new TestCli();
        assertEquals(2, cli.execute("discover", sweep.toString(), "--when", "final_done_share < 0.9"));
        String err = cli.err.toString();
        assertTrue(err.startsWith("--when:1:1: no column 'final_done_share'"), err);
        assertEquals(1, err.lines().count(), err);
        TestCli cli2 = new TestCli();
        assertEquals(2, cli2.execute("discover", sweep.toString(), "--when", "trigger <"));
        assertTrue(cli2.err.toString().startsWith("--when:1:10: expected a column name or a number"), cli2.err.toString());
        assertFalse(cli2.err.toString().contains("Exception"));
    }

    @Test
    void plainNamesNeedAStrategy() {
        TestCli cli = new TestCli();
        assertEquals(0, cli.execute("discover", sweep.toString(), "--strategy", "earned", "--when",
                "final_done_share < 2 && effort > 300", "--charts", "none", "--out", tmp.resolve("d3").toString()),
                cli.err.toString());
    }
}
