package org.adoptsim.core.kernel;

/**
 * How {@link ThresholdCascade} finds a round's new adopters. All three give identical results (the
 * same adoption round for every node); they differ only in the work they do.
 */
public enum Update {
    /**
     * Re-examine every non-adopter each round, counting its adopted neighbours afresh: O(n + edges of
     * non-adopters) per round, sequential over the graph. Best while much of the graph is changing.
     */
    SWEEP,
    /**
     * Examine only the neighbours of the previous round's new adopters, keeping a count of adopted
     * neighbours per node: O(edges of the frontier) per round. Best for slow cascades with small
     * frontiers, e.g. near the critical point.
     */
    INCREMENTAL,
    /**
     * Choose per round: incremental when the frontier's edges are fewer than
     * {@link ThresholdCascade#SWEEP_FACTOR} times the edges a sweep would read (plus one per node it
     * scans), else sweep. Switching is exact either way, because a sweep round also refreshes the counts.
     */
    ADAPTIVE
}
