package org.adoptsim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.testkit.Runs;
import org.adoptsim.core.testkit.ScenarioBuilder;
import org.adoptsim.core.testkit.Measured;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md's Bass limit: rule {@code bass} on a complete network with global visibility (v = 1), zero
 * effort, attention 1, no roadmap and no gates, announced at week 0.
 *
 * <p>The engine's semantics: in week t each idle team turns willing with probability
 * 1 − exp(−(p + q·S)), where S is the done share at the end of week t − 1 (0 before week 0); with no
 * roadmap and zero effort it is done in that same week, and the series records the done share F_t at
 * the end of week t. The mean-field recursion this implies is exactly
 * F_t = F_{t−1} + (1 − F_{t−1})·(1 − exp(−(p + q·F_{t−1}))), F_{−1} = 0.
 *
 * <p>Time mapping to the continuous curve: F_t is recorded after t + 1 weeks of exposure, so with
 * p and q per week scaled by Δ = 0.1 (the continuous rates per unit τ), F_t is compared with
 * F(τ = (t + 1)·Δ). The remaining gap is the scheme's O(Δ) error: imitation reads last week's share,
 * a one-week lag, which makes the weekly model trail the continuous curve slightly (measured max
 * 0.011 at Δ = 0.1; about 0.10 at Δ = 1, so it shrinks with Δ as it should).
 */
class BassTest {
    private static final int N = 10_000;
    private static final double P = 0.03;
    private static final double Q = 0.38;

    private static List<RunResult> bass(double p, double q, int weeks, int replicates, long seed) {
        Scenario sc = ScenarioBuilder.lab(N)
                .network(new NetworkSpec.Complete())
                .bass(p, q)
                .dashboard(1.0)
                .weeks(weeks).replicates(replicates).seed(seed)
                .build();
        return Runs.of(sc);
    }

    /** The exact mean-field recursion of the weekly model. */
    static double[] meanField(double p, double q, int weeks) {
        double[] f = new double[weeks];
        double prev = 0;
        for (int t = 0; t < weeks; t++) {
            prev += (1 - prev) * -Math.expm1(-(p + q * prev));
            f[t] = prev;
        }
        return f;
    }

    /** Continuous Bass adoption share at time τ. */
    static double continuous(double p, double q, double tau) {
        double e = Math.exp(-(p + q) * tau);
        return (1 - e) / (1 + (q / p) * e);
    }

    @Test
    void meanCurveMatchesTheWeeklyMeanFieldRecursion() {
        int weeks = 40;
        double[] mean = Runs.meanDoneShare(bass(P, Q, weeks, 40, 7));
        double[] expected = meanField(P, Q, weeks);

        double maxDev = 0;
        for (int t = 0; t < weeks; t++) {
            assertEquals(expected[t], mean[t], 0.005, "week " + t);
            maxDev = Math.max(maxDev, Math.abs(expected[t] - mean[t]));
        }
        Measured.report("Bass weekly: max |mean - recursion| = %.5f", maxDev);
        double largestStep = 0;
        for (int t = 1; t < weeks; t++) {
            largestStep = Math.max(largestStep, expected[t] - expected[t - 1]);
        }
        assertTrue(largestStep > 0.05, "a one-week error in the signal timing would break the tolerance");

        double maxContinuousGap = 0;
        for (int t = 0; t < weeks; t++) {
            maxContinuousGap = Math.max(maxContinuousGap, Math.abs(mean[t] - continuous(P, Q, t + 1)));
        }
        Measured.report("Bass weekly: max |mean - continuous| = %.5f", maxContinuousGap);
        assertTrue(maxContinuousGap > 0.05, "at Δ = 1 the weekly model is visibly not the continuous curve");
    }

    @Test
    void smallWeeklyRatesApproachTheContinuousCurve() {
        double dt = 0.1;
        int weeks = 200;
        double[] mean = Runs.meanDoneShare(bass(P * dt, Q * dt, weeks, 20, 11));
        double[] recursion = meanField(P * dt, Q * dt, weeks);

        double maxDev = 0;
        for (int t = 0; t < weeks; t++) {
            assertEquals(recursion[t], mean[t], 0.005, "week " + t + " against the weekly recursion");
            double tau = (t + 1) * dt;
            assertEquals(continuous(P, Q, tau), mean[t], 0.02, "week " + t + " (τ = " + tau + ")");
            maxDev = Math.max(maxDev, Math.abs(continuous(P, Q, tau) - mean[t]));
        }
        Measured.report("Bass Δ=0.1: max |mean - continuous(τ=(t+1)Δ)| = %.5f", maxDev);
        assertTrue(mean[weeks - 1] > 0.99, "the curve is followed to saturation");
    }

    @Test
    void recursionHelperIsTheDiscreteBassModel() {
        double[] f = meanField(P, Q, 3);
        assertEquals(1 - Math.exp(-P), f[0], 1e-15);
        assertEquals(f[0] + (1 - f[0]) * (1 - Math.exp(-(P + Q * f[0]))), f[1], 1e-15);
        assertEquals(0.5 - P / (2 * Q), continuous(P, Q, Math.log(Q / P) / (P + Q)), 1e-12,
                "the continuous curve's inflection point F* = (q − p)/2q is 0.5 − p/2q");
    }
}
