package org.adoptsim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.InitialAdopters;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.NetworkSpec.Edge;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.testkit.Runs;
import org.adoptsim.core.testkit.ScenarioBuilder;
import org.adoptsim.core.testkit.Trace;
import org.adoptsim.core.testkit.Measured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/model.md's Watts check: with local visibility only (no dashboard) on Erdős–Rényi networks, one
 * random initial adopter and a uniform threshold θ, global cascades (more than half the teams done)
 * happen inside the analytic cascade window of {@link CascadeWindow} and not outside it. Each point:
 * 120 independent networks of 5,000 teams (a fresh network and seed team per replicate), 80 weeks.
 */
class WattsCascadeTest {
    private static final int TEAMS = 5_000;
    private static final int TRIALS = 120;
    private static final int WEEKS = 80;

    private static double cascadeFrequency(double z, double theta) {
        Scenario sc = ScenarioBuilder.lab(TEAMS)
                .network(new NetworkSpec.ErdosRenyi(z))
                .threshold(Distribution.constant(theta))
                .strategy(s -> s.withInitialAdopters(new InitialAdopters(1, 0)))
                .weeks(WEEKS).replicates(TRIALS).seed(2002)
                .build();
        List<RunResult> runs = Runs.of(sc);
        for (RunResult r : runs) {
            assertEquals(r.series().done(WEEKS - 11), r.series().done(WEEKS - 1),
                    "every run has reached its fixed point well before the horizon");
        }
        double f = Runs.share(runs, r -> r.metrics().finalDoneShare() > 0.5);
        Measured.report("Watts z=%.1f θ=%.2f: global cascades in %.3f of %d runs", z, theta, f, TRIALS);
        return f;
    }

    @ParameterizedTest(name = "z = {0}, θ = {1}")
    @CsvSource({"3, 0.18", "4, 0.18", "3, 0.24"})
    void frequentGlobalCascadesInsideTheWindow(double z, double theta) {
        assertTrue(CascadeWindow.inside(z, theta), "the point is inside the analytic window");
        double f = cascadeFrequency(z, theta);
        assertTrue(f >= 0.4, "cascade frequency " + f);
    }

    @ParameterizedTest(name = "z = {0}, θ = {1}")
    @CsvSource({"0.7, 0.18", "7.5, 0.18", "5, 0.24", "4, 0.3"})
    void noGlobalCascadesOutsideTheWindow(double z, double theta) {
        assertFalse(CascadeWindow.inside(z, theta), "the point is outside the analytic window");
        double f = cascadeFrequency(z, theta);
        assertTrue(f <= 0.03, "cascade frequency " + f);
    }

    /** Star: team 0 has neighbours 1–4; team 1 adopts at week 0, teams 2–4 never do. */
    private static Trace star(double centreThreshold) {
        List<Edge> edges = List.of(new Edge(0, 1), new Edge(0, 2), new Edge(0, 3), new Edge(0, 4));
        Scenario sc = ScenarioBuilder.lab(5)
                .network(new NetworkSpec.EdgeList(edges))
                .thresholds(centreThreshold, 0, 2, 2, 2)
                .weeks(10).build();
        return Runs.trace(sc, 0);
    }

    @Test
    void aShareExactlyAtTheThresholdIsEnough() {
        Trace t = star(0.25);
        assertEquals(0, Runs.firstWeek(t, 1, TeamStatus.DONE));
        assertEquals(1, Runs.firstWeek(t, 0, TeamStatus.DONE), "one of four neighbours done: 1/4 ≥ 0.25");
        assertEquals(2, t.count(9, TeamStatus.DONE));
    }

    @Test
    void aShareJustBelowTheThresholdIsNot() {
        Trace t = star(Math.nextUp(0.25));
        assertEquals(-1, Runs.firstWeek(t, 0, TeamStatus.DONE));
        assertEquals(1, t.count(9, TeamStatus.DONE));
    }
}
