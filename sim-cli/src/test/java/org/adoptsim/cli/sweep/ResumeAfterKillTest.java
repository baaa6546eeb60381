package org.adoptsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.adoptsim.cli.sweep.io.Checkpoint;
import org.adoptsim.cli.sweep.io.SweepManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed with SIGKILL at arbitrary moments (twice, the second time while resuming) and resumed
 * ends with tables identical byte for byte to an uninterrupted sweep: nothing lost, nothing doubled,
 * no partial row kept. The child builds each point's scenario slowly (8 ms) so that it is still
 * running when the test kills it, however fast the machine.
 */
class ResumeAfterKillTest {
    static final String SWEEP = """
            strategies: [announce-and-hope, earn-then-mandate]
            parameters:
              strategies.earn-then-mandate.mandate.atShare: {range: {min: 0.3, max: 0.9}}
              rules.platform.capacity: {range: {min: 60, max: 180}}
            design: {type: lhs, points: 400}
            replicates: 3
            seed: 11
            """;

    @TempDir
    Path tmp;

    @Test
    void killedTwiceThenResumedEqualsUninterrupted() throws Exception {
        Path file = TestScenarios.sweepFile(tmp, "lhs.yaml", SWEEP);
        Path reference = tmp.resolve("reference");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", reference.toString(), "--threads", "2").code());

        Path dir = tmp.resolve("killed");
        String[] args = {file.toString(), "--out", dir.toString(), "--threads", "2", "--resume",
            "--checkpoint-seconds", "0.2"};
        Kill first = killWhenPast(dir, 60, args);
        Kill second = killWhenPast(dir, first.checkpoint() + 60, args);
        assertTrue(second.checkpoint() > first.checkpoint(), "the resumed child made progress before it was killed");
        assertTrue(first.tail() > 0 || second.tail() > 0, "a kill left rows beyond the checkpoint for resume to cut");
        assertEquals(SweepManifest.RUNNING, SweepManifest.read(dir).status(), "killed mid-way: the manifest still says running");

        TestScenarios.Result r = TestScenarios.sweep(args);
        assertEquals(0, r.code(), r.err());
        SweepInvarianceTest.assertSameTables(reference, dir, "csv");
        assertEquals(SweepManifest.COMPLETE, SweepManifest.read(dir).status());
        assertEquals(3, SweepManifest.read(dir).sessions());
    }

    /** Where a kill left the sweep: the checkpoint's point, and the bytes of rows beyond it. */
    record Kill(long checkpoint, long tail) {
    }

    /**
     * Runs the sweep in a child JVM and kills it (SIGKILL) once its checkpoint passes {@code points},
     * preferably at a moment when rows beyond the checkpoint are already in the file.
     */
    private Kill killWhenPast(Path dir, long points, String... args) throws IOException, InterruptedException {
        Process child = ChildJvm.start(SweepChild.class, List.of("-Xmx256m", "-Dadoptsim.test.pointMillis=8"),
                tmp.resolve("child.log"), args);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long patience = 200;
        try {
            while (System.nanoTime() < deadline) {
                Checkpoint c = Checkpoint.read(dir.resolve("checkpoint.json")).orElse(null);
                if (c != null && c.nextPoint() >= points && (tail(dir, c) > 0 || --patience < 0)) {
                    child.destroyForcibly();
                    child.waitFor();
                    Checkpoint after = Checkpoint.read(dir.resolve("checkpoint.json")).orElseThrow();
                    return new Kill(after.nextPoint(), tail(dir, after));
                }
                if (!child.isAlive()) {
                    fail("the child ended before it could be killed: " + Files.readString(tmp.resolve("child.log")));
                }
                Thread.sleep(2);
            }
            fail("the child did not reach point " + points + " in time");
            return null;
        } finally {
            child.destroyForcibly();
        }
    }

    private static long tail(Path dir, Checkpoint c) throws IOException {
        return Files.size(dir.resolve("runs.csv")) - c.runsBytes();
    }
}
