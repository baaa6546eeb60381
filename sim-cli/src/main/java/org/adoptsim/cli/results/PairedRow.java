package org.adoptsim.cli.results;

import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Proportion;

/**
 * One strategy against the baseline on one metric. {@code difference} is the mean over replicates of
 * {@code strategy − baseline} on the same replicate, with its 95 % interval, over the {@code n}
 * replicates where both values exist (for a milestone: where both reached it). {@code better},
 * {@code same} and {@code worse} count all replicates, in the metric's direction.
 */
public record PairedRow(String strategy, String baseline, String metric, Estimate difference, long better,
        long same, long worse) {

    public long replicates() {
        return better + same + worse;
    }

    /** Share of replicates where the strategy did better than the baseline. */
    public Proportion pBetter() {
        return new Proportion(better, replicates());
    }

    public Proportion pWorse() {
        return new Proportion(worse, replicates());
    }
}
