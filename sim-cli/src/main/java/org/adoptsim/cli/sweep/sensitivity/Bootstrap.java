package org.adoptsim.cli.sweep.sensitivity;

import java.util.Arrays;

/** Percentile intervals of bootstrap replicates: the 2.5 % and 97.5 % quantiles (NaN when empty). */
final class Bootstrap {
    private Bootstrap() {
    }

    /** For each row of {@code samples}: {lo[], hi[]}. Sorts the rows in place. */
    static double[][] intervals(double[][] samples) {
        double[] lo = new double[samples.length];
        double[] hi = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            double[] s = samples[i];
            if (s.length == 0) {
                lo[i] = Double.NaN;
                hi[i] = Double.NaN;
                continue;
            }
            Arrays.sort(s);
            lo[i] = quantile(s, 0.025);
            hi[i] = quantile(s, 0.975);
        }
        return new double[][] {lo, hi};
    }

    /** Linear interpolation between order statistics (type 7, as R and NumPy default), NaN-last order. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
