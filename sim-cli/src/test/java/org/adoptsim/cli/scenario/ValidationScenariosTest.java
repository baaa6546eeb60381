package org.adoptsim.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.adoptsim.core.config.DecisionRules;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.WeeklySeries;
import org.adoptsim.core.run.Replicate;
import org.junit.jupiter.api.Test;

/**
 * The files in {@code scenarios/validation} encode MODEL.md's validation set-ups: run through the core,
 * they give the results those set-ups are known for. (The core's own tests check the model in depth;
 * this checks the files.)
 */
class ValidationScenariosTest {
    static final Path DIR = ShippedScenariosTest.ROOT.resolve("validation");

    private static Scenario load(String name) {
        return ScenarioLoader.load(DIR.resolve(name)).scenario();
    }

    private static RunResult run(Scenario s, int replicate, boolean series) {
        List<RunResult> r = Replicate.run(s, s.strategies(), replicate, series);
        assertEquals(1, r.size());
        return r.get(0);
    }

    @Test
    void granovetterEndsAtTheSmallestFixedPoint() {
        assertEquals(1.0, run(load("granovetter.yaml"), 0, false).metrics().finalDoneShare());
        assertEquals(0.01, run(load("granovetter-perturbed.yaml"), 0, false).metrics().finalDoneShare());
    }

    @Test
    void wattsCascadesOnlyInsideTheWindow() {
        int inside = 0;
        int outside = 0;
        for (int rep = 0; rep < 12; rep++) {
            inside += run(load("watts-inside-window.yaml"), rep, false).metrics().finalDoneShare() > 0.5 ? 1 : 0;
            outside += run(load("watts-outside-window.yaml"), rep, false).metrics().finalDoneShare() > 0.5 ? 1 : 0;
        }
        assertTrue(inside >= 4, "cascades inside the window: " + inside + " of 12");
        assertEquals(0, outside, "cascades outside the window");
    }

    @Test
    void bassTracksTheDiscreteBassCurve() {
        Scenario s = load("bass.yaml");
        DecisionRules d = s.rules().decisions();
        int reps = 10;
        double[] mean = new double[s.run().weeks()];
        for (int rep = 0; rep < reps; rep++) {
            WeeklySeries w = run(s, rep, true).weekly().orElseThrow();
            for (int t = 0; t < mean.length; t++) {
                mean[t] += w.doneShare(t) / reps;
            }
        }
        double f = 0;
        for (int t = 0; t < mean.length; t++) {
            f += (1 - f) * -Math.expm1(-(d.bassP() + d.bassQ() * f));
            assertEquals(f, mean[t], 0.03, "week " + t);
        }
    }
}
