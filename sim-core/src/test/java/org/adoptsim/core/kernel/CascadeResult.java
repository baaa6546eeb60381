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
 * @param evaluations       threshold tests: one per non-adopter in a sweep round (plus one per
 *                          non-adopter in an incremental first round, which looks for θ ≤ 0), one per
 *                          neighbour's deficit decrement in an incremental round
 * @param edgeVisits        adjacency entries read: a sweep reads all of them, an incremental round
 *                          the rows of the frontier (the last round's adopters)
 */
public record CascadeResult(int adopted, int rounds, int sweepRounds, int incrementalRounds, long evaluations,
        long edgeVisits) {
}
