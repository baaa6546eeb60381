package org.adoptsim.cli.sweep.io;

import java.util.List;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Moments;
import org.adoptsim.cli.results.stats.PairMeans;
import org.adoptsim.cli.text.Num;

/**
 * Accumulates each (strategy, metric) over one point's replicates in a {@link Moments} (Welford's update),
 * skipping missing (NaN) values, and writes the point's aggregates: mean, sample sd and the 95 % interval
 * of the mean that the metric prescribes ({@link Metric#interval}: by its kind, inside its range) (empty below two values). The update order
 * is the replicate order, so the numbers are identical whatever the thread count. With
 * {@link #sharingParametersInPairs} (a sweep with {@code --posterior}: replicates 2k and 2k + 1 on one
 * parameter set) each interval is as wide as over the pair means ({@link Metric#interval(Moments, PairMeans)}).
 * Not thread-safe.
 */
final class PointStats {
    private final Metric[] metrics;
    private final Moments[] moments;
    /** Each entry's values grouped by replicate pair, or null when replicates are independent. */
    private PairMeans[] pairs;

    PointStats(int strategies, List<Metric> metrics) {
        int width = strategies * metrics.size();
        this.metrics = new Metric[width];
        this.moments = new Moments[width];
        for (int i = 0; i < width; i++) {
            this.metrics[i] = metrics.get(i % metrics.size());
        }
        reset();
    }

    /** Groups replicates 2k and 2k + 1, which share a parameter set, at every point from now on. */
    void sharingParametersInPairs() {
        pairs = new PairMeans[moments.length];
        reset();
    }

    /** Back to no replicate, for the next point. */
    void reset() {
        for (int i = 0; i < moments.length; i++) {
            moments[i] = new Moments();
            if (pairs != null) {
                pairs[i] = new PairMeans();
            }
        }
    }

    /** Replicate {@code replicate}'s values, strategy by strategy and metric by metric (NaN: missing). */
    void add(double[] values, int replicate) {
        for (int i = 0; i < moments.length; i++) {
            if (!Double.isNaN(values[i])) {
                moments[i].accept(values[i]);
            }
            if (pairs != null) {
                pairs[i].accept(values[i], replicate);
            }
        }
    }

    /** Appends ",mean,sd,lo,hi[,n]" for entry {@code i}. */
    void appendAggregates(StringBuilder b, int i, boolean withCount) {
        Moments m = moments[i];
        Estimate e = metrics[i].interval(m, pairs == null ? null : pairs[i]);
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
