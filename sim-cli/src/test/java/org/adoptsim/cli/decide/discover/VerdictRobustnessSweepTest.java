package org.adoptsim.cli.decide.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.compare.TestCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped verdict-robustness sweep runs for a quick look, and discover reads what it wrote. */
class VerdictRobustnessSweepTest {
    @TempDir
    Path tmp;

    @Test
    void runsAQuickLookAndDiscoverFindsARegion() {
        Path out = tmp.resolve("verdict");
        TestCli sweep = new TestCli();
        assertEquals(0, sweep.execute("sweep", "../scenarios/sweeps/verdict-robustness.yaml", "--out", out.toString(),
                "--limit", "40", "--replicates", "2", "--threads", "2", "--quiet"), sweep.err.toString());
        TestCli d = new TestCli();
        assertEquals(0, d.execute("discover", out.toString(), "--cases", "points", "--charts", "none", "--min-mass", "0.1",
                "--when", "effort <= 400 && earn-then-mandate.final_done_share_mean >= 0"), d.err.toString());
        String text = d.out.toString();
        assertTrue(text.contains("40 points"), text);
        assertTrue(text.contains("effort ≤ "), text);
        assertTrue(Files.exists(out.resolve("discover/boxes.csv")));
    }
}
