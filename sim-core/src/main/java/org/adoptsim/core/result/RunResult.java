package org.adoptsim.core.result;

import java.util.Optional;

/**
 * The immutable end of one run: which strategy and replicate, the per-run metrics, each team's
 * outcome, and the weekly series when it was recorded (sweeps may skip it to save memory).
 */
public record RunResult(String strategy, int replicate, long seed, RunMetrics metrics, TeamOutcomes teams,
        WeeklySeries series) {

    public Optional<WeeklySeries> weekly() {
        return Optional.ofNullable(series);
    }
}
