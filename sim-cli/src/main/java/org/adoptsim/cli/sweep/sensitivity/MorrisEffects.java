package org.adoptsim.cli.sweep.sensitivity;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Morris elementary effects from one-at-a-time trajectories: for each step, the parameter whose unit
 * coordinate changed by Δ and {@code EE = (y_after − y_before) / Δ}, in output units per whole range of
 * the parameter. Per parameter: μ (mean EE), μ* (mean |EE|, Campolongo 2007) with a 95 % bootstrap
 * interval over trajectories, and σ (sd of EE: nonlinearity and interactions). Replicate noise of
 * variance σ²_ε per output adds {@code sqrt(2σ²_ε)/|Δ|} of spread to every effect; it is reported as
 * {@code noiseSd} so μ* and σ can be read against it. Stateless apart from its seed.
 */
public final class MorrisEffects {
    private MorrisEffects() {
    }

    /** Statistics of every parameter. */
    public record Result(double[] mu, double[] muStar, double[] muStarLo, double[] muStarHi, double[] sigma,
            double[] noiseSd, int[] effects) {
    }

    /**
     * @param unit   unit[t][s][d]: coordinate d of step s (0 … k) of trajectory t
     * @param y      y[t][s]: output there
     * @param noiseVariance noise variance of each output (0 if none or unknown)
     */
    public static Result estimate(double[][][] unit, double[][] y, double noiseVariance, int bootstrap, long seed) {
        int k = unit[0][0].length;
        double[][] ee = new double[k][unit.length];
        double[] delta = new double[k];
        int[] count = effects(unit, y, ee, delta);
        double[] mu = new double[k];
        double[] muStar = new double[k];
        double[] sigma = new double[k];
        double[] noise = new double[k];
        double[][] boot = new double[k][];
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        for (int d = 0; d < k; d++) {
            double[] e = java.util.Arrays.copyOf(ee[d], count[d]);
            mu[d] = mean(e, false);
            muStar[d] = mean(e, true);
            sigma[d] = sd(e, mu[d]);
            noise[d] = noiseVariance > 0 ? Math.sqrt(2 * noiseVariance) / delta[d] : 0;
            boot[d] = bootstrapMuStar(e, bootstrap, rng);
        }
        double[][] ci = Bootstrap.intervals(boot);
        return new Result(mu, muStar, ci[0], ci[1], sigma, noise, count);
    }

    /** Fills ee[d][…] with each trajectory's effect of parameter d and delta[d] with its |Δ|; returns counts. */
    private static int[] effects(double[][][] unit, double[][] y, double[][] ee, double[] delta) {
        int[] count = new int[delta.length];
        for (int t = 0; t < unit.length; t++) {
            for (int s = 1; s < unit[t].length; s++) {
                int d = changed(unit[t][s - 1], unit[t][s]);
                double step = unit[t][s][d] - unit[t][s - 1][d];
                ee[d][count[d]++] = (y[t][s] - y[t][s - 1]) / step;
                delta[d] = Math.abs(step);
            }
        }
        return count;
    }

    private static double mean(double[] e, boolean absolute) {
        double sum = 0;
        for (double x : e) {
            sum += absolute ? Math.abs(x) : x;
        }
        return sum / e.length;
    }

    private static double sd(double[] e, double mean) {
        double ss = 0;
        for (double x : e) {
            ss += (x - mean) * (x - mean);
        }
        return e.length > 1 ? Math.sqrt(ss / (e.length - 1)) : Double.NaN;
    }

    private static double[] bootstrapMuStar(double[] e, int resamples, UniformRandomProvider rng) {
        double[] out = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double a = 0;
            for (int i = 0; i < e.length; i++) {
                a += Math.abs(e[rng.nextInt(e.length)]);
            }
            out[b] = a / e.length;
        }
        return out;
    }

    private static int changed(double[] a, double[] b) {
        int found = -1;
        for (int d = 0; d < a.length; d++) {
            if (a[d] != b[d]) {
                if (found >= 0) {
                    throw new IllegalArgumentException("a Morris step changed more than one parameter");
                }
                found = d;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("a Morris step changed no parameter");
        }
        return found;
    }
}
