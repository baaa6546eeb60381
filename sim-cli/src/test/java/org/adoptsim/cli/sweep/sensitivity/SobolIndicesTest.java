package org.adoptsim.cli.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adoptsim.cli.sweep.design.SaltelliDesign;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Sobol indices of the Ishigami function (a = 7, b = 0.1) on the Saltelli design match their analytic
 * values, with intervals that cover them; with replicate noise added, the noise-corrected estimates
 * still match while the uncorrected ones are visibly biased.
 */
class SobolIndicesTest {
    static final double A = 7;
    static final double B = 0.1;
    static final double[] S1 = {0.3139, 0.4424, 0};
    static final double[] ST = {0.5576, 0.4424, 0.2437};
    static final int N = 8192;

    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        double s2 = Math.sin(x2);
        return Math.sin(x1) + A * s2 * s2 + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** Outputs {yA, yB, yAB_1…k} of the Saltelli design, each a mean of {@code reps} noisy replicates. */
    static double[][] outputs(double noiseSd, int reps, long seed) {
        SaltelliDesign d = new SaltelliDesign(N, 3);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] y = new double[5][N];
        double[] u = new double[3];
        for (long p = 0; p < d.size(); p++) {
            d.unit(p, u);
            double sum = 0;
            for (int r = 0; r < reps; r++) {
                sum += ishigami(u) + noiseSd * gauss.sample();
            }
            y[(int) (p % 5)][(int) (p / 5)] = sum / reps;
        }
        return y;
    }

    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        double[][] y = outputs(0, 1, 1);
        SobolIndices.Result r = SobolIndices.estimate(y[0], y[1], new double[][] {y[2], y[3], y[4]}, 0, 300, 5);
        for (int i = 0; i < 3; i++) {
            assertEquals(S1[i], r.first()[i], 0.02, "S" + (i + 1));
            assertEquals(ST[i], r.total()[i], 0.02, "ST" + (i + 1));
            assertTrue(r.firstLo()[i] <= r.first()[i] && r.first()[i] <= r.firstHi()[i]);
            assertTrue(r.firstLo()[i] - 0.01 <= S1[i] && S1[i] <= r.firstHi()[i] + 0.01, "interval covers S" + (i + 1));
            assertTrue(r.totalLo()[i] - 0.01 <= ST[i] && ST[i] <= r.totalHi()[i] + 0.01, "interval covers ST" + (i + 1));
            assertTrue(r.totalHi()[i] - r.totalLo()[i] < 0.1, "interval is informative");
        }
        assertEquals(13.8446, r.variance(), 0.3, "V = a²/8 + b·π⁴/5 + b²·π⁸/18 + 1/2");
        assertEquals(0, r.noiseShare(), 1e-12);
    }

    @Test
    void replicateNoiseIsCorrectedAndReported() {
        double sd = 2.5;
        int reps = 4;
        double[][] y = outputs(sd, reps, 2);
        double noise = sd * sd / reps;
        double[][] ab = {y[2], y[3], y[4]};
        SobolIndices.Result naive = SobolIndices.estimate(y[0], y[1], ab, 0, 0, 5);
        SobolIndices.Result corrected = SobolIndices.estimate(y[0], y[1], ab, noise, 0, 5);
        for (int i = 0; i < 3; i++) {
            assertEquals(S1[i], corrected.first()[i], 0.03, "corrected S" + (i + 1));
            assertEquals(ST[i], corrected.total()[i], 0.03, "corrected ST" + (i + 1));
        }
        assertTrue(naive.total()[2] > ST[2] + 0.05, "without the correction noise inflates ST3: " + naive.total()[2]);
        assertEquals(noise / (13.8446 + noise), corrected.noiseShare(), 0.02);
    }

    @Test
    void anIntervalIsNeverOneSided() {
        // 64 rows of pure noise with the noise variance close to the outputs' variance: many resamples leave no
        // variance beyond the noise, so those resamples have no indices. The interval is then either undefined
        // (both bounds missing) or taken over the defined resamples: never a lower bound without an upper one.
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(11);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int oneSided = 0;
        int undefined = 0;
        for (int trial = 0; trial < 20; trial++) {
            double[][] y = new double[5][64];
            for (double[] row : y) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = gauss.sample();
                }
            }
            SobolIndices.Result r = SobolIndices.estimate(y[0], y[1], new double[][] {y[2], y[3], y[4]}, 0.95, 400, trial);
            for (int i = 0; i < 3; i++) {
                for (double[] b : new double[][] {{r.firstLo()[i], r.firstHi()[i]}, {r.totalLo()[i], r.totalHi()[i]}}) {
                    if (Double.isNaN(b[0]) != Double.isNaN(b[1])) {
                        oneSided++;
                    }
                    if (Double.isNaN(b[0]) && !Double.isNaN(r.first()[i])) {
                        undefined++;
                    }
                    if (!Double.isNaN(b[0])) {
                        assertTrue(b[0] <= b[1]);
                    }
                }
            }
        }
        assertEquals(0, oneSided, "one-sided intervals");
        assertTrue(undefined > 0, "the case arises in this test");
    }

    @Test
    void aFewUndefinedResamplesWidenTheIntervalOnBothSides() {
        // an undefined resample would be arbitrarily large of either sign: it counts as below every defined one
        // for the lower bound and above every defined one for the upper, never simply dropped
        double[] s = new double[100];
        for (int i = 0; i < 100; i++) {
            s[i] = i < 98 ? i : Double.NaN;
        }
        double[][] ci = Bootstrap.intervals(new double[][] {s.clone()});
        double[] low = new double[100];
        double[] high = new double[100];
        for (int i = 0; i < 100; i++) {
            low[i] = i < 2 ? Double.NEGATIVE_INFINITY : i - 2;
            high[i] = i < 98 ? i : Double.POSITIVE_INFINITY;
        }
        assertEquals(Bootstrap.quantile(low, 0.025), ci[0][0], 1e-12);
        assertEquals(Bootstrap.quantile(high, 0.975), ci[1][0], 1e-12);
        double[] dropped = java.util.Arrays.copyOf(s, 98);
        assertTrue(ci[1][0] > Bootstrap.quantile(dropped, 0.975), "wider than over the 98 defined alone");
        s[97] = Double.NaN;
        s[96] = Double.NaN;
        ci = Bootstrap.intervals(new double[][] {s});
        assertTrue(Double.isNaN(ci[0][0]) && Double.isNaN(ci[1][0]), "4 % undefined: a bound would be undefined");
    }
}
