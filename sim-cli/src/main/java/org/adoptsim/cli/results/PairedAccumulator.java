package org.adoptsim.cli.results;

import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Moments;
import org.adoptsim.cli.results.stats.PairMeans;

/**
 * One strategy against the baseline on one metric, replicate by replicate (both ran on the same
 * organisation with the same draws): moments of the difference {@code strategy − baseline} over the
 * replicates where both values exist (for a milestone: both reached it), and how often the strategy
 * did better, the same, or worse in the metric's direction (a missed milestone counts as worst).
 *
 * <p>When replicates 2k and 2k + 1 share a parameter set (a run with {@code --posterior}), their
 * differences are not independent, and an interval that takes them for independent runs is too narrow.
 * {@link #sharingParametersInPairs} then also groups the differences by pair ({@link PairMeans}), and
 * {@link #estimate} takes the interval's width from the pair means, around the mean of every difference.
 * Replicates must then arrive in replicate order, as {@code Ensemble} delivers them. Not thread-safe.
 */
public final class PairedAccumulator {
    private final Metric metric;
    private final Moments difference = new Moments();
    private long better;
    private long same;
    private long worse;
    /** The differences grouped by replicate pair, or null when replicates are independent. */
    private PairMeans pairMeans;

    public PairedAccumulator(Metric metric) {
        this.metric = metric;
    }

    /** Groups replicates 2k and 2k + 1, which share a parameter set, from now on (before any replicate). */
    public PairedAccumulator sharingParametersInPairs() {
        if (replicates() > 0) {
            throw new IllegalStateException("replicates already accepted");
        }
        pairMeans = new PairMeans();
        return this;
    }

    /** One replicate of independent runs. */
    public void accept(double strategy, double baseline) {
        if (pairMeans != null) {
            throw new IllegalStateException("replicates share parameters in pairs: give the replicate");
        }
        accept(strategy, baseline, -1);
    }

    /** Replicate {@code replicate}'s values (its index matters only with {@link #sharingParametersInPairs}). */
    public void accept(double strategy, double baseline, int replicate) {
        boolean both = !Double.isNaN(strategy) && !Double.isNaN(baseline);
        if (both) {
            difference.accept(strategy - baseline);
        }
        if (pairMeans != null) {
            pairMeans.accept(both ? strategy - baseline : Double.NaN, replicate);
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

    /** Adds {@code o}, built over later replicates of independent runs. */
    public void combine(PairedAccumulator o) {
        if (pairMeans != null || o.pairMeans != null) {
            throw new IllegalStateException("replicates that share parameters in pairs are accumulated in order");
        }
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

    /**
     * The mean difference with its t interval at {@code level}: over the differences when replicates are
     * independent; with {@link #sharingParametersInPairs}, as wide as the t interval over the pair means
     * (the pair still open counts as one), NaN bounds below two pairs.
     */
    public Estimate estimate(double level) {
        Estimate plain = difference.estimate(level);
        return pairMeans == null ? plain : pairMeans.widen(plain, level);
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
