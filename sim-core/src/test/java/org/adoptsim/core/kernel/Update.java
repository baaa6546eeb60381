package org.adoptsim.core.kernel;

/**
 * How {@link ThresholdCascade} finds a round's new adopters. All three give identical results (the
 * same adoption round for every node); they differ only in the work they do.
 */
public enum Update {
    /**
     * Re-examine every non-adopter each round, counting its adopted neighbours afresh: one pass over
     * all adjacency entries (a running sum of adopted targets, so a row costs two reads and no inner
     * loop) and one over the nodes. O(nodes + entries) per round, sequential. Best while much of the
     * graph is changing.
     */
    SWEEP,
    /**
     * Examine only the neighbours of the previous round's new adopters, keeping each node's deficit
     * (adopted neighbours still missing): O(entries of the frontier) per round, random access. Best for
     * slow cascades with small frontiers, e.g. near the critical point.
     */
    INCREMENTAL,
    /**
     * Choose per round: incremental when the frontier's entries are fewer than
     * {@link ThresholdCascade#SWEEP_FACTOR} × (nodes + entries), else sweep. The factor is the measured
     * ratio of a sweep's cost per entry to an incremental round's (random updates cost about ten
     * times a streamed read). Switching is exact either way: a sweep round refreshes every deficit.
     */
    ADAPTIVE
}
