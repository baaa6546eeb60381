package org.adoptsim.cli.sweep.sensitivity;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * First-order and total Sobol indices from Saltelli's scheme: for N base rows, the outputs at A, B and
 * each AB^(i). First order by Saltelli et al. (2010): {@code S_i = mean(y_B·(y_ABi − y_A)) / V}; total
 * by Jansen (1999): {@code ST_i = mean((y_A − y_ABi)²) / 2V}; V is the variance of all A and B outputs.
 * The outputs are centred on the mean of A and B first (as SALib does): the same expectation, but far
 * less variance when the mean is large against the spread.
 *
 * <p>Replicate noise: when each output is a mean over replicates with noise variance σ²_ε (known from
 * the replicates' spread), the noise inflates V and Jansen's numerator by σ²_ε but not Saltelli's. With
 * {@code noiseVariance > 0} the estimator subtracts it from both, so the indices describe the mean
 * response E[y | x] and the noise share σ²_ε / V is reported beside them. Confidence intervals are
 * percentile bootstraps over base rows (the noise estimate held fixed). Stateless apart from its seed.
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    /** Indices of every parameter, with 95 % bootstrap intervals. */
    public record Result(double[] first, double[] firstLo, double[] firstHi, double[] total, double[] totalLo,
            double[] totalHi, double variance, double noiseShare) {
    }

    /**
     * @param yA   outputs at the rows of A (length N)
     * @param yB   outputs at the rows of B
     * @param yAB  yAB[i][j]: output at row j of A with parameter i from B
     * @param noiseVariance variance of the noise in each output (0 if none or unknown)
     * @param bootstrap     resamples for the intervals (0: none, the intervals are NaN)
     * @param seed          seed of the resampling
     */
    public static Result estimate(double[] yA, double[] yB, double[][] yAB, double noiseVariance, int bootstrap,
            long seed) {
        int n = yA.length;
        int k = yAB.length;
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[] first = new double[k];
        double[] total = new double[k];
        double variance = indices(yA, yB, yAB, all, noiseVariance, first, total);
        double[][] bootFirst = new double[k][bootstrap];
        double[][] bootTotal = new double[k][bootstrap];
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        int[] rows = new int[n];
        double[] f = new double[k];
        double[] t = new double[k];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            indices(yA, yB, yAB, rows, noiseVariance, f, t);
            for (int i = 0; i < k; i++) {
                bootFirst[i][b] = f[i];
                bootTotal[i][b] = t[i];
            }
        }
        double[][] fi = Bootstrap.intervals(bootFirst);
        double[][] ti = Bootstrap.intervals(bootTotal);
        double share = variance > 0 ? Math.min(1, noiseVariance / variance) : Double.NaN;
        return new Result(first, fi[0], fi[1], total, ti[0], ti[1], variance, share);
    }

    /** Computes the indices on the given rows into {@code first} and {@code total}; returns V. */
    static double indices(double[] yA, double[] yB, double[][] yAB, int[] rows, double noise, double[] first,
            double[] total) {
        int n = rows.length;
        // A's and B's outputs of each row, in turn: V is their sample variance, centred on their mean.
        java.util.function.IntToDoubleFunction y = i -> i % 2 == 0 ? yA[rows[i / 2]] : yB[rows[i / 2]];
        double mean = SampleVariance.mean(2 * n, y);
        double v = SampleVariance.about(mean, 2 * n, y);
        double signal = v - noise;
        for (int i = 0; i < yAB.length; i++) {
            double s = 0;
            double t = 0;
            for (int j : rows) {
                double ab = yAB[i][j];
                s += (yB[j] - mean) * (ab - yA[j]);
                t += (yA[j] - ab) * (yA[j] - ab);
            }
            first[i] = signal > 0 ? (s / n) / signal : Double.NaN;
            total[i] = signal > 0 ? (t / (2.0 * n) - noise) / signal : Double.NaN;
        }
        return v;
    }
}
