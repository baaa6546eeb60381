package org.adoptsim.cli.sweep.sensitivity;

import java.util.Arrays;

/**
 * Percentile intervals of bootstrap replicates: the 2.5 % and 97.5 % quantiles (NaN when empty). A replicate
 * may be NaN where the statistic is undefined on that resample (a Sobol index whose resampled outputs do not
 * vary beyond the noise: its denominator is zero or negative, so the index would be arbitrarily large of
 * either sign). Such a replicate is neither dropped nor sorted to one end: it counts as below every defined
 * one for the lower bound and above every defined one for the upper, so the interval is only ever widened.
 * When that puts a bound on an undefined replicate (about 2.5 % of them undefined), the interval itself is
 * undefined (both bounds NaN). Dropping them would narrow the interval exactly where the estimate is least
 * stable; sorting them last had given a lower bound with no upper one.
 */
final class Bootstrap {
    private Bootstrap() {
    }

    /** For each row of {@code samples}: {lo[], hi[]}. Sorts the rows in place. */
    static double[][] intervals(double[][] samples) {
        double[] lo = new double[samples.length];
        double[] hi = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            double[] s = samples[i];
            Arrays.sort(s); // NaN last
            int undefined = 0;
            while (undefined < s.length && Double.isNaN(s[s.length - 1 - undefined])) {
                undefined++;
            }
            double[] low = new double[s.length]; // the undefined ones below every defined one
            Arrays.fill(low, 0, undefined, Double.NEGATIVE_INFINITY);
            System.arraycopy(s, 0, low, undefined, s.length - undefined);
            Arrays.fill(s, s.length - undefined, s.length, Double.POSITIVE_INFINITY); // and above, for the upper
            lo[i] = s.length == 0 ? Double.NaN : quantile(low, 0.025);
            hi[i] = s.length == 0 ? Double.NaN : quantile(s, 0.975);
            if (!Double.isFinite(lo[i]) || !Double.isFinite(hi[i])) {
                lo[i] = Double.NaN;
                hi[i] = Double.NaN;
            }
        }
        return new double[][] {lo, hi};
    }

    /** Linear interpolation between order statistics (type 7, as R and NumPy default), NaN-last order. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return h == lo ? sorted[lo] : sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]); // no 0 × ∞ beside a bound
    }
}
