package org.adoptsim.cli.results;

import org.adoptsim.cli.results.stats.Moments;

/**
 * One strategy against the baseline on one metric, replicate by replicate (both ran on the same
 * organisation with the same draws): moments of the difference {@code strategy − baseline} over the
 * replicates where both values exist (for a milestone: both reached it), and how often the strategy
 * did better, the same, or worse in the metric's direction (a missed milestone counts as worst).
 * Not thread-safe.
 */
public final class PairedAccumulator {
    private final Metric metric;
    private final Moments difference = new Moments();
    private long better;
    private long same;
    private long worse;

    public PairedAccumulator(Metric metric) {
        this.metric = metric;
    }

    public void accept(double strategy, double baseline) {
        if (!Double.isNaN(strategy) && !Double.isNaN(baseline)) {
            difference.accept(strategy - baseline);
        }
        int c = metric.direction().compare(strategy, baseline);
        if (c > 0) {
            better++;
        } else if (c < 0) {
            worse++;
        } else {
            same++;
        }
    }

    public void combine(PairedAccumulator o) {
        difference.combine(o.difference);
        better += o.better;
        same += o.same;
        worse += o.worse;
    }

    public Metric metric() {
        return metric;
    }

    public Moments difference() {
        return difference;
    }

    public long better() {
        return better;
    }

    public long same() {
        return same;
    }

    public long worse() {
        return worse;
    }

    public long replicates() {
        return better + same + worse;
    }
}
