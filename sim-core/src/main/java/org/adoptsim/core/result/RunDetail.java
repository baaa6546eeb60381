package org.adoptsim.core.result;

/**
 * How much of a run its {@link RunResult} keeps. The metrics and the ledger are always there; each
 * level adds to the one before it. A sweep reads only metrics, so it asks for {@link #METRICS} and
 * spares every run the per-team arrays (about two thirds of what a run of the default scenario
 * allocates); a comparison keeps each team's outcome and the weekly series.
 */
public enum RunDetail {
    /** Metrics and ledger only: {@link RunResult#teams()} is null and {@link RunResult#functions()} empty. */
    METRICS,
    /** Also each team's outcome ({@link TeamOutcomes}) and, when the scenario declares functions, what they did. */
    TEAMS,
    /** Also the weekly series ({@link RunResult#weekly()}). */
    SERIES
}
