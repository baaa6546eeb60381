package org.adoptsim.core.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.WeeklySeries;
import org.adoptsim.core.testkit.Runs;
import org.adoptsim.core.testkit.ScenarioBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/model.md's Granovetter check: with global visibility only (v = 1), zero effort, attention 1 and
 * thresholds given as a list, a run ends at the smallest fixed point of the threshold distribution,
 * reached through the deterministic map done(t) = #{i : θ_i ≤ done(t−1)/N}, done(−1) = 0.
 * Thresholds are written {@code i / 100.0}, the double nearest the decimal 0.0i that a scenario file
 * would give, which is exactly the done share i/N the engine computes for N = 100.
 */
class GranovetterTest {

    private static ScenarioBuilder granovetter(double[] thresholds, NetworkSpec network) {
        return ScenarioBuilder.lab(thresholds.length)
                .thresholds(thresholds)
                .network(network)
                .dashboard(1.0)
                .weeks(110);
    }

    private static double[] percentThresholds() {
        double[] t = new double[100];
        Arrays.setAll(t, i -> i / 100.0);
        return t;
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "complete"})
    void uniformThresholdsAllAdoptOnePerWeek(String net) {
        Scenario sc = granovetter(percentThresholds(), network(net)).build();

        WeeklySeries s = Runs.trace(sc, 0).result().series();

        for (int w = 0; w < 100; w++) {
            assertEquals(w + 1, s.done(w), "week " + w + ": one more team past its threshold each week");
        }
        assertEquals(100, s.done(109));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "complete"})
    void movingTheOnePercentTeamToTwoPercentStopsTheCascadeAtOne(String net) {
        double[] t = percentThresholds();
        t[1] = 0.02;
        Scenario sc = granovetter(t, network(net)).build();

        WeeklySeries s = Runs.trace(sc, 0).result().series();

        for (int w = 0; w < 110; w++) {
            assertEquals(1, s.done(w), "week " + w);
        }
        assertEquals(99, s.count(Reason.PEERS, 109) + s.count(Reason.HOLDOUT, 109),
                "every other team is held by social proof (holdout-archetype teams report it as holdout)");
    }

    /** Random threshold lists: the weekly path is exactly the iterated threshold map. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void pathFollowsTheThresholdMapToItsSmallestFixedPoint(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 50 + rng.nextInt(150);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = rng.nextInt(4) == 0 ? 0 : rng.nextInt(n) / (double) n * rng.nextDouble(0.5, 1.5);
        }
        int weeks = n + 5;
        Scenario sc = granovetter(t, new NetworkSpec.None()).weeks(weeks).seed(seed).build();

        WeeklySeries s = Runs.trace(sc, 0).result().series();

        int[] expected = new int[weeks];
        int[] actual = new int[weeks];
        int done = 0;
        for (int w = 0; w < weeks; w++) {
            double share = (double) done / n;
            done = (int) Arrays.stream(t).filter(x -> x <= share).count();
            expected[w] = done;
            actual[w] = s.done(w);
        }
        assertArrayEquals(expected, actual);
        assertEquals(expected[weeks - 1], expected[weeks - 2], "the map has reached its fixed point");
    }

    @Test
    void withoutTheDashboardNobodySeesTheGlobalShare() {
        Scenario sc = ScenarioBuilder.lab(100).thresholds(percentThresholds()).weeks(20).build();

        assertEquals(1, Runs.trace(sc, 0).result().series().done(19),
                "no network and no dashboard: only the θ = 0 team moves");
    }

    private static NetworkSpec network(String name) {
        return name.equals("none") ? new NetworkSpec.None() : new NetworkSpec.Complete();
    }
}
