package org.adoptsim.core.kernel;

/**
 * What one {@link ThresholdCascade} run did.
 *
 * @param adopted           nodes adopted at the end, seeds included
 * @param rounds            the last round in which somebody adopted (0: the seeds convinced nobody);
 *                          the run stopped after it because the next round found nobody, or because
 *                          {@code maxRounds} was reached
 * @param sweepRounds       rounds examined by a sweep (a final round that finds nobody included)
 * @param incrementalRounds rounds examined incrementally (likewise)
 * @param evaluations       non-adopter rule evaluations: one per non-adopter in a sweep round, one per
 *                          adopted-neighbour count increment of a non-adopter in an incremental round
 * @param edgeVisits        adjacency entries read: a sweep reads every non-adopter's row, an incremental
 *                          round every frontier node's row
 */
public record CascadeResult(int adopted, int rounds, int sweepRounds, int incrementalRounds, long evaluations,
        long edgeVisits) {
}
