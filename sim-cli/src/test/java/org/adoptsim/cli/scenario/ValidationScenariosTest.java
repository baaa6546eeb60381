package org.adoptsim.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.adoptsim.core.config.DecisionRules;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.WeeklySeries;
import org.adoptsim.core.run.Replicate;
import org.junit.jupiter.api.Test;

/**
 * The files in {@code scenarios/validation} encode the validation set-ups of docs/model.md: run through
 * the core, they give the results those set-ups are known for. (The core's own tests check the model in
 * depth; this checks the files.) The Watts tests check every replicate the files ask for.
 */
class ValidationScenariosTest {
    static final Path DIR = ShippedScenariosTest.ROOT.resolve("validation");

    private static Scenario load(String name) {
        return ScenarioLoader.load(DIR.resolve(name)).scenario();
    }

    private static RunResult run(Scenario s, int replicate, boolean series) {
        List<RunResult> r = Replicate.run(s, s.strategies(), replicate, series ? RunDetail.SERIES : RunDetail.TEAMS);
        assertEquals(1, r.size());
        return r.get(0);
    }

    @Test
    void granovetterEndsAtTheSmallestFixedPoint() {
        assertEquals(1.0, run(load("granovetter.yaml"), 0, false).metrics().finalDoneShare());
        assertEquals(0.01, run(load("granovetter-perturbed.yaml"), 0, false).metrics().finalDoneShare());
    }

    /**
     * A global cascade: the seed's adoption reaches most of the organisation. With one seed team the final
     * done share is bimodal (a few teams, or nearly all), so any cut between the two modes would do.
     */
    private static final double GLOBAL = 0.5;
    /** Below this a run counts as a local cascade; between it and {@link #GLOBAL} no run may end. */
    private static final double LOCAL = 0.05;

    /** The final done shares of every replicate the file asks for, each checked to have settled. */
    private static double[] finalShares(Scenario s) {
        double[] shares = new double[s.run().replicates()];
        for (int rep = 0; rep < shares.length; rep++) {
            WeeklySeries w = run(s, rep, true).weekly().orElseThrow();
            int last = w.weeks() - 1;
            assertEquals(w.done(last - 10), w.done(last), "replicate " + rep + " still spreading in its last 10 weeks");
            shares[rep] = w.doneShare(last);
            assertTrue(shares[rep] < LOCAL || shares[rep] > GLOBAL,
                    "replicate " + rep + " ends between a local and a global cascade: " + shares[rep]);
        }
        return shares;
    }

    @Test
    void wattsOutsideTheWindowNoReplicateCascades() {
        Scenario s = load("watts-outside-window.yaml");
        WattsWindow w = WattsWindow.of(s);
        assertTrue(w.cascadeCondition() < w.meanDegree(), "the file's (z, phi) lies outside Watts' window: " + w);
        double[] shares = finalShares(s);
        for (int rep = 0; rep < shares.length; rep++) {
            assertTrue(shares[rep] < LOCAL, "replicate " + rep + " cascaded outside the window: " + shares[rep]);
        }
    }

    @Test
    void wattsInsideTheWindowCascadesAsOftenAsTheTheoryPredicts() {
        Scenario s = load("watts-inside-window.yaml");
        WattsWindow w = WattsWindow.of(s);
        assertTrue(w.cascadeCondition() > w.meanDegree(), "the file's (z, phi) lies inside Watts' window: " + w);
        double[] shares = finalShares(s);
        int global = 0;
        for (double share : shares) {
            global += share > GLOBAL ? 1 : 0;
        }
        double frequency = (double) global / shares.length;
        // Three binomial standard errors at this many replicates, plus 0.03 for the finite organisation
        // (the theory is for an infinite network).
        double p = w.cascadeFrequency();
        double tolerance = 3 * Math.sqrt(p * (1 - p) / shares.length) + 0.03;
        assertEquals(p, frequency, tolerance, "share of replicates with a global cascade, " + w);
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
