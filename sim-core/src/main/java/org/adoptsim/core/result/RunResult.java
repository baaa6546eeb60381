package org.adoptsim.core.result;

import java.util.Optional;

/**
 * The immutable end of one run: which strategy and replicate, the per-run metrics, each team's
 * outcome, the weekly series when it was recorded, and what the functions did when the scenario
 * declares some. Which of the last three a run keeps is its {@link RunDetail}: a sweep keeps none,
 * and then {@code teams} is null.
 */
public record RunResult(String strategy, int replicate, long seed, RunMetrics metrics, TeamOutcomes teams,
        WeeklySeries series, FunctionsOutcome functionsOutcome) {

    /** A run without functions declared. */
    public RunResult(String strategy, int replicate, long seed, RunMetrics metrics, TeamOutcomes teams,
            WeeklySeries series) {
        this(strategy, replicate, seed, metrics, teams, series, null);
    }

    /** What the functions did (docs/model.md, "Across functions"); empty when the scenario declares none. */
    public Optional<FunctionsOutcome> functions() {
        return Optional.ofNullable(functionsOutcome);
    }

    public Optional<WeeklySeries> weekly() {
        return Optional.ofNullable(series);
    }
}
