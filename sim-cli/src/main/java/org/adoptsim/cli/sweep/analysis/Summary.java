package org.adoptsim.cli.sweep.analysis;

import java.util.Arrays;
import org.adoptsim.cli.results.stats.Proportion;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Summary statistics of one group of runs for one metric: runs with a value, runs without, mean,
 * sample sd, the 95 % interval of the mean (Student-t; Wilson when every value is 0 or 1, so a share of
 * runs never gets bounds outside [0, 1]), and the 5/25/50/75/95 % quantiles (linear
 * interpolation between order statistics, as R's type 7). Immutable.
 */
public record Summary(long n, long missing, double mean, double sd, double lo, double hi, double p05, double p25,
        double p50, double p75, double p95) {

    /** Names of the statistics, in record order, for table headers. */
    public static final String[] COLUMNS = {"n", "missing", "mean", "sd", "lo", "hi", "p05", "p25", "p50", "p75", "p95"};

    /** Summarises {@code values} (NaN = missing); sorts a copy. */
    public static Summary of(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        int n = v.length;
        long missing = values.length - n;
        if (n == 0) {
            double nan = Double.NaN;
            return new Summary(0, missing, nan, nan, nan, nan, nan, nan, nan, nan, nan);
        }
        double mean = Arrays.stream(v).sum() / n;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double half = n > 1 ? TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n) : Double.NaN;
        double lo = mean - half;
        double hi = mean + half;
        if (n > 1 && Arrays.stream(v).allMatch(x -> x == 0 || x == 1)) {
            Proportion share = new Proportion(Arrays.stream(v).filter(x -> x == 1).count(), n);
            lo = share.low(0.95);
            hi = share.high(0.95);
        }
        return new Summary(n, missing, mean, sd, lo, hi, q(v, 0.05), q(v, 0.25), q(v, 0.5), q(v, 0.75), q(v, 0.95));
    }

    /** The statistics as numbers, in {@link #COLUMNS} order. */
    public double[] values() {
        return new double[] {n, missing, mean, sd, lo, hi, p05, p25, p50, p75, p95};
    }

    private static double q(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
