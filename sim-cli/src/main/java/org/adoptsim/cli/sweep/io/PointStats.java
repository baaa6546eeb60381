package org.adoptsim.cli.sweep.io;

import org.adoptsim.cli.text.Num;

import java.util.List;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Moments;

/**
 * Accumulates each (strategy, metric) over one point's replicates in a {@link Moments} (Welford's update),
 * skipping missing (NaN) values, and writes the point's aggregates: mean, sample sd and the 95 % interval
 * of the mean that the metric prescribes ({@link Metric#interval}: by its kind, inside its range) (empty below two values). The update order
 * is the replicate order, so the numbers are identical whatever the thread count. Not thread-safe.
 */
final class PointStats {
    private final Metric[] metrics;
    private final Moments[] moments;

    PointStats(int strategies, List<Metric> metrics) {
        int width = strategies * metrics.size();
        this.metrics = new Metric[width];
        this.moments = new Moments[width];
        for (int i = 0; i < width; i++) {
            this.metrics[i] = metrics.get(i % metrics.size());
        }
        reset();
    }

    void reset() {
        for (int i = 0; i < moments.length; i++) {
            moments[i] = new Moments();
        }
    }

    void add(double[] values) {
        for (int i = 0; i < moments.length; i++) {
            if (!Double.isNaN(values[i])) {
                moments[i].accept(values[i]);
            }
        }
    }

    /** Appends ",mean,sd,lo,hi[,n]" for entry {@code i}. */
    void appendAggregates(StringBuilder b, int i, boolean withCount) {
        Moments m = moments[i];
        Estimate e = metrics[i].interval(m);
        b.append(',');
        Num.appendCsv(b, m.mean());
        b.append(',');
        Num.appendCsv(b, Math.sqrt(m.variance()));
        b.append(',');
        Num.appendCsv(b, e.low());
        b.append(',');
        Num.appendCsv(b, e.high());
        if (withCount) {
            b.append(',').append(m.count());
        }
    }
}
