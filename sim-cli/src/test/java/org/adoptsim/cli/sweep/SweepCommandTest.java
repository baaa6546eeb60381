package org.adoptsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.adoptsim.cli.sweep.io.SweepManifest;
import org.adoptsim.cli.sweep.io.SweepFiles;
import org.adoptsim.cli.compare.TestCli;
import org.adoptsim.cli.console.Progress;
import org.adoptsim.cli.sweep.run.Shard;
import org.adoptsim.cli.sweep.run.SweepPlan;
import org.adoptsim.cli.sweep.spec.SpecReader;
import org.adoptsim.cli.sweep.spec.SweepSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sweep command's guards and continuations: exit codes, resume, limit extension, a clean stop. */
class SweepCommandTest {
    static final String SWEEP = """
            strategies: [earned, earn-then-mandate]
            parameters:
              strategies.earned.coalition.size: [1, 3, 5, 7]
              rules.platform.capacity: [80, 160]
            replicates: 2
            seed: 3
            metrics: [final_done_share, incidents]
            """;

    @TempDir
    static Path tmp;
    static Path file;
    static Path full;

    @BeforeAll
    static void fullRun() throws IOException {
        file = TestScenarios.sweepFile(tmp, "s.yaml", SWEEP);
        full = tmp.resolve("full");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", full.toString()).code());
    }

    @Test
    void refusesANonEmptyDirectoryWithoutResume() {
        TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", full.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("already holds sweep 's' (complete); add --resume"), r.err());
    }

    @Test
    void resumingACompleteSweepDoesNothing() throws IOException {
        byte[] before = Files.readAllBytes(full.resolve("runs.csv"));
        TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", full.toString(), "--resume");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("already complete"), r.err());
        assertArrayEquals(before, Files.readAllBytes(full.resolve("runs.csv")));
    }

    @Test
    void refusesToResumeADifferentSweep() throws IOException {
        Path other = TestScenarios.sweepFile(tmp.resolve("other"), "s.yaml", SWEEP.replace("seed: 3", "seed: 4"));
        TestScenarios.Result r = TestScenarios.sweep(other.toString(), "--out", full.toString(), "--resume");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("holds a different sweep"), r.err());
        assertTrue(r.err().contains("it was started with seed 3, this one has 4"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "the refusal alone, no description of a sweep that never starts: "
                + r.err());
    }

    @Test
    void aResumeWithoutTheOptionsItStartedWithNamesThemAndTheCommandThatWorks() throws IOException {
        Path dir = tmp.resolve("options");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", dir.toString(), "--replicates", "3",
                "--format", "parquet", "--limit", "2").code());
        String command = "adoptsim sweep " + file + " --out " + dir + " --resume --replicates 3 --format parquet"
                + " --limit 2";

        TestScenarios.Result bare = TestScenarios.sweep(file.toString(), "--out", dir.toString(), "--resume");
        assertEquals(2, bare.code(), bare.err());
        assertTrue(bare.err().contains("it was started with --replicates 3, this one has 2; resume it with: "
                + command), bare.err());

        TestScenarios.Result csv = TestScenarios.sweep(file.toString(), "--out", dir.toString(), "--resume",
                "--replicates", "3", "--limit", "2");
        assertEquals(2, csv.code(), csv.err());
        assertTrue(csv.err().contains("was started with --format parquet, not csv; resume it with: " + command),
                csv.err());

        String[] words = command.substring("adoptsim sweep ".length()).split(" ");
        TestScenarios.Result again = TestScenarios.sweep(words);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("already complete"), again.err());
    }

    @Test
    void aSweepWhoseTablesCannotFitOnTheDiskIsRefusedBeforeItStarts() throws IOException {
        Path huge = TestScenarios.sweepFile(tmp.resolve("huge"), "huge.yaml", """
                strategies: [earned, earn-then-mandate]
                parameters:
                  rules.platform.capacity: {range: {min: 60, max: 180}}
                design: {type: lhs, points: 2000000000}
                replicates: 1000
                metrics: [final_done_share, incidents]
                """);
        Path dir = tmp.resolve("huge-out");
        TestScenarios.Result r = TestScenarios.sweep(huge.toString(), "--out", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith(dir + ": the outputs need about "), r.err());
        assertTrue(r.err().contains("(runs.csv: 4,000,000,000,000 rows, points.csv: 4,000,000,000 rows)"), r.err());
        assertTrue(Files.notExists(dir.resolve("runs.csv")) && Files.notExists(dir.resolve("manifest.json")),
                "nothing written");
        TestScenarios.Result limited = TestScenarios.sweep(huge.toString(), "--out", dir.toString(), "--limit", "2",
                "--replicates", "1", "--quiet");
        assertEquals(0, limited.code(), "a --limit makes it fit: " + limited.err());
    }

    @Test
    void aLimitedSweepExtendsToTheFullOneOnResume() throws IOException {
        Path dir = tmp.resolve("limited");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", dir.toString(), "--limit", "3").code());
        assertEquals(1 + 3 * 2 * 2, Files.readAllLines(dir.resolve("runs.csv")).size());
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", dir.toString(), "--resume").code());
        SweepInvarianceTest.assertSameTables(full, dir, "csv");
    }

    @Test
    void theManifestNamesTheScenarioAndItsTeamsAsCompareDoes() throws IOException {
        // scenario.name and scenario.teams were null in a sweep's manifest, where compare's fills them
        Path dir = tmp.resolve("named");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", dir.toString(), "--limit", "1").code());
        org.adoptsim.cli.output.Manifest m = new org.adoptsim.cli.output.OutputFolder(dir).manifest().orElseThrow();
        assertEquals(TestScenarios.base().name(), m.scenario().name());
        assertEquals(TestScenarios.base().organisation().teams(), m.scenario().teams());
        Path teams = TestScenarios.sweepFile(tmp.resolve("teams"), "t.yaml", SWEEP.replace("rules.platform.capacity: [80, 160]",
                "organisation.teams: [20, 30]"));
        assertEquals(0, TestScenarios.sweep(teams.toString(), "--out", tmp.resolve("teams-out").toString(), "--limit", "1")
                .code());
        org.adoptsim.cli.output.Manifest t = new org.adoptsim.cli.output.OutputFolder(tmp.resolve("teams-out")).manifest()
                .orElseThrow();
        assertEquals(TestScenarios.base().name(), t.scenario().name());
        assertEquals(null, t.scenario().teams(), "its points have different numbers of teams");
    }

    @Test
    void countsOfOneAreSingular() {
        // "1 points × 2 replicates × 2 strategies = 4 runs, grid design, 1 threads" read as a mistake
        TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", tmp.resolve("one-point").toString(),
                "--limit", "1", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(": 1 point × ") && r.err().contains(", 1 thread → "), r.err());
    }

    @Test
    void extendingALimitedSweepRemovesItsAnalysisAndDiscoveryOfTheFewerPoints() throws IOException {
        Path dir = tmp.resolve("limited-analysed");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", dir.toString(), "--limit", "3").code());
        assertEquals(0, TestScenarios.analyze(dir.toString(), "--charts", "png").code());
        TestCli discover = new TestCli();
        assertEquals(0, discover.execute("discover", dir.toString(), "--strategy", "earned", "--when",
                "incidents < 34", "--charts", "none", "--min-mass", "0.1"), discover.err.toString());
        assertTrue(Files.exists(dir.resolve("analysis/summary.csv")) && Files.exists(dir.resolve("discover/boxes.csv")),
                discover.out.toString());
        Path mine = Files.writeString(dir.resolve("analysis/notes.txt"), "the researcher's own notes\n");
        Path listed = Files.writeString(dir.resolve("analysis/listed.txt"), "listed by hand with another hash\n");
        Path manifest = dir.resolve("analysis/manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"files\" : {", "\"files\" : {\n"
                + "    \"listed.txt\" : { \"bytes\" : " + Files.size(listed) + ", \"sha256\" : \"" + "0".repeat(64)
                + "\" },"));
        TestScenarios.Result grown = TestScenarios.sweep(file.toString(), "--out", dir.toString(), "--resume");
        assertEquals(0, grown.code(), grown.err());
        assertTrue(Files.exists(listed), "a listed file that is not what analyze wrote stays");
        assertEquals(List.of("adoptsim sweep: " + dir.resolve("analysis").toAbsolutePath().normalize()
                + ": left 'listed.txt' in place: the earlier manifest.json listed it, but its size or SHA-256 is not"
                + " what the earlier run recorded (changed since, or not its file)"),
                grown.err().lines().filter(l -> l.contains("listed.txt")).toList());
        SweepInvarianceTest.assertSameTables(full, dir, "csv");
        for (String f : List.of("analysis/summary.csv", "analysis/manifest.json", "discover/boxes.csv",
                "discover/manifest.json")) {
            assertFalse(Files.exists(dir.resolve(f)), f + " of the 3-point prefix is not left beside the whole sweep");
        }
        try (var charts = Files.list(dir.resolve("analysis"))) {
            assertEquals(List.of(), charts.filter(c -> c.toString().endsWith(".png")).toList());
        }
        assertTrue(Files.exists(mine), "a file analyze did not write stays");
        assertEquals(0, TestScenarios.analyze(dir.toString(), "--charts", "none").code(), "and it can be analysed again");
    }

    @Test
    void aStoppedSessionResumesToTheSameTables() throws IOException {
        Path dir = tmp.resolve("stopped");
        SweepSpec spec = SpecReader.read(file, file.toString());
        SweepPlan plan = new SweepPlan(spec, "test", List.of(), 3, spec.strategies(), 0, Shard.WHOLE);
        AtomicInteger checks = new AtomicInteger();
        SweepSession session = new SweepSession(plan, TestScenarios.factory(), new SweepSession.Options(
                new SweepFiles(dir), 2, false, "csv", file.toString(), "base.yaml", 0, "adoptsim sweep"));
        assertEquals(SweepSession.Outcome.INTERRUPTED, session.run(Progress.NONE, () -> checks.incrementAndGet() > 7));
        SweepManifest m = SweepManifest.read(dir);
        assertEquals(SweepManifest.INTERRUPTED, m.status());
        assertTrue(m.pointsDone() > 0 && m.pointsDone() < 8, "stopped part-way: " + m.pointsDone());
        SweepSession again = new SweepSession(plan, TestScenarios.factory(), new SweepSession.Options(
                new SweepFiles(dir), 1, true, "csv", file.toString(), "base.yaml", 0, "adoptsim sweep"));
        assertEquals(SweepSession.Outcome.COMPLETE, again.run(Progress.NONE, () -> false));
        Path viaCli = tmp.resolve("session-cli");
        SweepSession reference = new SweepSession(plan, TestScenarios.factory(), new SweepSession.Options(
                new SweepFiles(viaCli), 3, false, "csv", file.toString(), "base.yaml", 0, "adoptsim sweep"));
        assertEquals(SweepSession.Outcome.COMPLETE, reference.run(Progress.NONE, () -> false));
        SweepInvarianceTest.assertSameTables(viaCli, dir, "csv");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad shard         | --shard=5/4        | --shard: must be K/N with 1 <= K <= N
            malformed shard   | --shard=two        | --shard: must be K/N
            bad format        | --format=xml       | --format: must be csv or parquet
            no threads        | --threads=0        | sweep: --threads: must be at least 1
            no replicates     | --replicates=0     | --replicates: must be between 1 and
            zero limit        | --limit=0          | --limit: must be >= 1
            """)
    void badOptionsAreOneLineAndExitTwo(String what, String option, String expected) {
        TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", tmp.resolve("x-" + what.replace(' ', '-'))
                .toString(), option);
        assertEquals(2, r.code(), what);
        assertTrue(r.err().strip().startsWith(expected), what + ": " + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aValueTheScenarioRejectsIsFoundBeforeAnythingRuns() throws IOException {
        Path f = TestScenarios.sweepFile(tmp.resolve("bad"), "bad.yaml", """
                parameters:
                  rules.decisions.attention: [0.5, 1.5]
                """);
        TestScenarios.Result r = TestScenarios.sweep(f.toString(), "--out", tmp.resolve("bad-out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(f + ":3:3: parameters.rules.decisions.attention: value 1.5 does not fit the scenario"),
                r.err());
        assertTrue(Files.notExists(tmp.resolve("bad-out")), "nothing was written");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sweep", "merge", "analyze"})
    void everyCommandHasHelpWithExamplesAndExitCodes(String command) {
        TestScenarios.Result r = TestScenarios.execute(org.adoptsim.cli.app.Main.commandLine(), command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Examples:") && r.out().contains("Exit codes:"), r.out());
        assertTrue(r.err().isEmpty(), "no picocli warnings: " + r.err());
    }

    @Test
    void anUnknownStrategyIsLocated() throws IOException {
        Path f = TestScenarios.sweepFile(tmp.resolve("strat"), "st.yaml", """
                strategies: [earned, nope]
                parameters:
                  rules.platform.capacity: [80]
                """);
        TestScenarios.Result r = TestScenarios.sweep(f.toString(), "--out", tmp.resolve("strat-out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(f + ":2:22: strategies: the scenario has no strategy 'nope'"), r.err());
    }
}
