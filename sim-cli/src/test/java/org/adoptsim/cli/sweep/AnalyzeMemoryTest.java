package org.adoptsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} of an 80,000-run sweep (16,000 Latin-hypercube points × 5 strategies, 26 weeks) runs in
 * a child JVM with a 256 MiB heap: grouped summaries, main-effect charts and all. Measured by hand on the
 * same sweep: it needs about 96 MiB, and fails at 48 MiB.
 */
class AnalyzeMemoryTest {
    /** The sweep of {@link BoundedMemoryTest}, a third longer. */
    static final String SWEEP = BoundedMemoryTest.SWEEP.replace("points: 12000", "points: 16000");

    @TempDir
    Path tmp;

    @Test
    void anEightyThousandRunSweepAnalysesIn256MiB() throws Exception {
        assertTrue(SWEEP.contains("points: 16000"), SWEEP);
        Path file = TestScenarios.sweepFile(tmp, "big.yaml", SWEEP);
        Path out = tmp.resolve("out");
        TestScenarios.Result sweep = TestScenarios.sweep(file.toString(), "--out", out.toString(), "--threads", "2",
                "--quiet");
        assertEquals(0, sweep.code(), sweep.err());
        assertEquals(80_001, Files.readAllLines(out.resolve("runs.csv")).size(), "80,000 runs and a header");
        Path log = tmp.resolve("analyze.log");
        Process p = ChildJvm.start(AnalyzeChild.class, List.of("-Xmx256m"), log, out.toString(), "--bootstrap", "100");
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "analyze finished");
        String text = Files.readString(log);
        assertEquals(0, p.exitValue(), text);
        assertTrue(Files.exists(out.resolve("analysis/summary.csv")), text);
        assertTrue(text.contains("main-effect-final_done_share-"), text);
    }
}
