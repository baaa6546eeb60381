package org.adoptsim.cli.sweep.io;

import org.adoptsim.cli.text.Num;

import java.util.Arrays;
import java.util.List;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricKind;
import org.adoptsim.cli.results.stats.Estimate;

/**
 * Accumulates each (strategy, metric) over one point's replicates — count, mean and sum of squared
 * deviations by Welford's update, skipping missing (NaN) values — and writes the point's aggregates:
 * mean, sample sd and the 95 % interval of the mean that the metric's {@link MetricKind} prescribes
 * (empty below two values). The update order is the replicate order, so the numbers are identical
 * whatever the thread count. Not thread-safe.
 */
final class PointStats {
    private final int width;
    private final MetricKind[] kinds;
    private final long[] n;
    private final double[] mean;
    private final double[] m2;

    PointStats(int strategies, List<Metric> metrics) {
        this.width = strategies * metrics.size();
        this.kinds = new MetricKind[width];
        for (int i = 0; i < width; i++) {
            kinds[i] = metrics.get(i % metrics.size()).kind();
        }
        this.n = new long[width];
        this.mean = new double[width];
        this.m2 = new double[width];
    }

    void reset() {
        Arrays.fill(n, 0);
        Arrays.fill(mean, 0);
        Arrays.fill(m2, 0);
    }

    void add(double[] values) {
        for (int i = 0; i < width; i++) {
            double x = values[i];
            if (!Double.isNaN(x)) {
                n[i]++;
                double d = x - mean[i];
                mean[i] += d / n[i];
                m2[i] += d * (x - mean[i]);
            }
        }
    }

    /** Appends ",mean,sd,lo,hi[,n]" for entry {@code i}. */
    void appendAggregates(StringBuilder b, int i, boolean withCount) {
        long k = n[i];
        double m = k > 0 ? mean[i] : Double.NaN;
        double variance = k > 1 ? m2[i] / (k - 1) : Double.NaN;
        Estimate e = kinds[i].interval(k, m, variance, Estimate.LEVEL);
        b.append(',');
        Num.appendCsv(b, m);
        b.append(',');
        Num.appendCsv(b, Math.sqrt(variance));
        b.append(',');
        Num.appendCsv(b, e.low());
        b.append(',');
        Num.appendCsv(b, e.high());
        if (withCount) {
            b.append(',').append(k);
        }
    }
}
