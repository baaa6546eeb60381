package org.adoptsim.cli.results;

import java.util.function.ToDoubleFunction;
import org.adoptsim.core.result.RunResult;

/**
 * One per-run figure that the summary and paired tables report. The raw value is in the unit of the
 * CSV files (shares in [0, 1], rates per team-week); a <em>censored</em> metric is a milestone whose
 * value is NaN when it was not reached by the horizon, summarised by its median and the share of runs
 * that reached it rather than by a mean.
 *
 * @param id        column stem in summary.csv and metric name in paired.csv
 * @param label     short name for table headers
 * @param title     full name for chart titles and the report
 * @param unit      how values are shown
 * @param direction which way is better
 * @param censored  whether NaN means "not reached by the horizon"
 * @param paired    whether the paired table compares strategies on it
 * @param value     the raw value of one run (NaN when not reached)
 */
public record Metric(String id, String label, String title, Unit unit, Direction direction, boolean censored,
        boolean paired, ToDoubleFunction<RunResult> value) {

    public double of(RunResult r) {
        return value.applyAsDouble(r);
    }
}
