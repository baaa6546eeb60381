package org.adoptsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.output.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per folder for sweep, merge and analyze (docs/security.md), and the memory estimate of a
 * sweep's most demanding point before anything runs.
 */
class SweepFolderLockTest {
    static final String SWEEP = """
            strategies: [earned]
            parameters:
              strategies.earned.coalition.size: [1, 3]
            replicates: 2
            seed: 5
            metrics: [final_done_share]
            """;

    @TempDir
    Path tmp;

    @Test
    void aSecondSweepIntoALockedFolderIsRefusedWithOneLine() throws IOException {
        Path file = TestScenarios.sweepFile(tmp, "s.yaml", SWEEP);
        Path dir = tmp.resolve("out");
        try (FolderLock held = FolderLock.acquire(dir, "sweep")) {
            TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", dir.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("another adoptsim command") && r.err().contains("is writing this folder"),
                    r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(Files.exists(dir.resolve("manifest.json")), "the refused sweep wrote nothing");
        }
        // Once the first writer is gone, its left-over lock file does not make the folder "not empty".
        TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", dir.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("runs.csv")));
    }

    @Test
    void mergeAndAnalyzeLockTheirOutputFolders() throws IOException {
        Path file = TestScenarios.sweepFile(tmp, "s.yaml", SWEEP);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", a.toString(), "--shard", "1/2", "--quiet").code());
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", b.toString(), "--shard", "2/2", "--quiet").code());
        Path merged = tmp.resolve("merged");
        try (FolderLock held = FolderLock.acquire(merged, "merge")) {
            TestScenarios.Result r = TestScenarios.merge(a.toString(), b.toString(), "--out", merged.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("is writing this folder"), r.err());
        }
        assertEquals(0, TestScenarios.merge(a.toString(), b.toString(), "--out", merged.toString()).code());
        Path analysis = tmp.resolve("analysis");
        try (FolderLock held = FolderLock.acquire(analysis, "analyze")) {
            TestScenarios.Result r = TestScenarios.analyze(merged.toString(), "--out", analysis.toString(),
                    "--charts", "none");
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("is writing this folder"), r.err());
        }
    }

    @Test
    void aSweepWhosePointsNeedTooMuchMemoryIsRefusedBeforeItRuns() throws IOException {
        // 100,000 teams on the default departments network: about 625 million ties, ~19 GB per world.
        Path file = TestScenarios.sweepFile(tmp, "big.yaml", """
                strategies: [earned]
                parameters:
                  organisation.teams: [42, 100000]
                replicates: 1
                seed: 5
                metrics: [final_done_share]
                """);
        Path dir = tmp.resolve("big");
        TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", dir.toString(), "--threads", "1");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("100,000 teams") && r.err().contains("JAVA_OPTS=-Xmx"), r.err());
        assertFalse(Files.exists(dir), "nothing was written");
    }
}
