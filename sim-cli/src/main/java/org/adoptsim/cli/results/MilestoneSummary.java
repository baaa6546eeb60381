package org.adoptsim.cli.results;

import org.adoptsim.cli.results.stats.Proportion;

/**
 * A milestone over replicates: how many runs reached it, and the median weeks to it over all runs,
 * counting a run that did not reach it as later than the horizon. The median is NaN ("beyond the
 * horizon") when it depends on such a run — never a number invented for them.
 *
 * @param reached runs that reached the milestone
 * @param runs    runs
 * @param median  median weeks to the milestone, or NaN
 */
public record MilestoneSummary(long reached, long runs, double median) {

    public Proportion share() {
        return new Proportion(reached, runs);
    }
}
