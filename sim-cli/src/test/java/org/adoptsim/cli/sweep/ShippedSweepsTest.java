package org.adoptsim.cli.sweep;

import org.adoptsim.cli.output.ManifestCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.app.Main;
import org.adoptsim.cli.sweep.io.SweepManifest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sweeps in scenarios/sweeps run end to end through the real command line (YAML loader included)
 * for a quick look, and analyze reads what they wrote.
 */
class ShippedSweepsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"mandate-timing-cost", "coalition-thresholds", "sobol-default"})
    void runsAQuickLookAndAnalyses(String name) throws IOException {
        Path out = tmp.resolve(name);
        TestScenarios.Result r = TestScenarios.execute(Main.commandLine(), "sweep",
                "../scenarios/sweeps/" + name + ".yaml", "--out", out.toString(), "--limit", "4", "--replicates", "2",
                "--threads", "2", "--quiet");
        assertEquals(0, r.code(), r.err());
        SweepManifest m = SweepManifest.read(out);
        assertEquals(SweepManifest.COMPLETE, m.status());
        ManifestCheck.check(out, "sweep", "sweep");
        assertEquals(4, m.toPoint());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(1 + 4 * 2 * m.strategies().size(), runs.size());
        TestScenarios.Result a = TestScenarios.execute(Main.commandLine(), "analyze", out.toString(), "--charts", "none",
                "--bootstrap", "20");
        assertEquals(0, a.code(), a.err());
        assertTrue(Files.exists(out.resolve("analysis/summary.csv")));
    }
}
