package org.adoptsim.cli.sweep.sensitivity;

import java.util.Arrays;

/**
 * Percentile intervals of bootstrap replicates: the 2.5 % and 97.5 % quantiles (NaN when empty). A replicate
 * may be NaN where the statistic is undefined on that resample (a Sobol index whose resampled outputs do not
 * vary beyond the noise). The quantiles are taken over the defined replicates while at most 2.5 % are
 * undefined; beyond that the interval itself is undefined (both bounds NaN): an undefined index is no
 * larger or smaller than any other, and sorting it last had given a lower bound with no upper one.
 */
final class Bootstrap {
    /** The largest share of undefined replicates an interval may leave out: the tail share each bound cuts. */
    static final double MAX_UNDEFINED = 0.025;

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
            Arrays.sort(s); // NaN last
            int defined = s.length;
            while (defined > 0 && Double.isNaN(s[defined - 1])) {
                defined--;
            }
            if (defined == 0 || s.length - defined > MAX_UNDEFINED * s.length) {
                lo[i] = Double.NaN;
                hi[i] = Double.NaN;
                continue;
            }
            double[] d = defined == s.length ? s : Arrays.copyOf(s, defined);
            lo[i] = quantile(d, 0.025);
            hi[i] = quantile(d, 0.975);
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
