package org.adoptsim.cli.sweep.io;

import org.adoptsim.cli.text.NumberText;

import org.adoptsim.cli.results.stats.Proportion;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Accumulates each (strategy, metric) over one point's replicates — count, mean and sum of squared
 * deviations by Welford's update, skipping missing (NaN) values — and writes the point's aggregates:
 * mean, sample sd and the 95 % Student-t interval of the mean (empty below two values), or the Wilson
 * interval when every value is 0 or 1 (a 0/1 indicator such as reached100). The update order
 * is the replicate order, so the numbers are identical whatever the thread count. Not thread-safe.
 */
final class PointStats {
    private final int width;
    private final long[] n;
    private final double[] mean;
    private final double[] m2;
    private final long[] ones;
    private final boolean[] binary;
    private int cachedDf = -1;
    private double cachedT;

    PointStats(int strategies, int metrics) {
        this.width = strategies * metrics;
        this.n = new long[width];
        this.mean = new double[width];
        this.m2 = new double[width];
        this.ones = new long[width];
        this.binary = new boolean[width];
        reset();
    }

    void reset() {
        java.util.Arrays.fill(n, 0);
        java.util.Arrays.fill(mean, 0);
        java.util.Arrays.fill(m2, 0);
        java.util.Arrays.fill(ones, 0);
        java.util.Arrays.fill(binary, true);
    }

    void add(double[] values) {
        for (int i = 0; i < width; i++) {
            double x = values[i];
            if (!Double.isNaN(x)) {
                n[i]++;
                double d = x - mean[i];
                mean[i] += d / n[i];
                m2[i] += d * (x - mean[i]);
                ones[i] += x == 1 ? 1 : 0;
                binary[i] &= x == 0 || x == 1;
            }
        }
    }

    /** Appends ",mean,sd,lo,hi[,n]" for entry {@code i}. */
    void appendAggregates(StringBuilder b, int i, boolean withCount) {
        long k = n[i];
        double m = k > 0 ? mean[i] : Double.NaN;
        double sd = k > 1 ? Math.sqrt(m2[i] / (k - 1)) : Double.NaN;
        double half = k > 1 ? t(k - 1) * sd / Math.sqrt(k) : Double.NaN;
        boolean wilson = k > 1 && binary[i];
        b.append(',');
        NumberText.append(b, m);
        b.append(',');
        NumberText.append(b, sd);
        b.append(',');
        NumberText.append(b, wilson ? new Proportion(ones[i], k).low(0.95) : m - half);
        b.append(',');
        NumberText.append(b, wilson ? new Proportion(ones[i], k).high(0.95) : m + half);
        if (withCount) {
            b.append(',').append(k);
        }
    }

    private double t(long df) {
        if (df != cachedDf) {
            cachedDf = (int) Math.min(df, Integer.MAX_VALUE);
            cachedT = TDistribution.of(df).inverseCumulativeProbability(0.975);
        }
        return cachedT;
    }
}
