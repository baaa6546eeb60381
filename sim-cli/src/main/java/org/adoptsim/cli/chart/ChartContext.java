package org.adoptsim.cli.chart;

import java.util.List;
import java.util.Map;
import org.adoptsim.core.config.Strategy;

/**
 * What every chart of an output folder says about where it came from, for its footer, and what the
 * tables do not hold about the strategies: each one's mandate deadline, in weeks after the mandate fires.
 *
 * @param partialOf     the replicates asked for when the run was interrupted (0 when complete)
 * @param deadlineWeeks each strategy's {@code mandate().deadlineWeeks()}, by strategy name, for those with
 *                      a mandate; a strategy missing here gets no deadline mark
 */
public record ChartContext(String scenario, long seed, long replicates, int weeks, String baseline, long partialOf,
        String toolVersion, Map<String, Integer> deadlineWeeks) {

    public ChartContext {
        deadlineWeeks = Map.copyOf(deadlineWeeks);
    }

    /** A context that knows no strategy definitions: the charts mark no deadline. */
    public ChartContext(String scenario, long seed, long replicates, int weeks, String baseline, long partialOf,
            String toolVersion) {
        this(scenario, seed, replicates, weeks, baseline, partialOf, toolVersion, Map.of());
    }

    /** This context with the deadlines of the strategies that have a mandate. */
    public ChartContext withStrategies(List<Strategy> strategies) {
        Map<String, Integer> d = new java.util.HashMap<>();
        for (Strategy s : strategies) {
            if (s.mandate().enabled()) {
                d.put(s.name(), s.mandate().deadlineWeeks());
            }
        }
        return new ChartContext(scenario, seed, replicates, weeks, baseline, partialOf, toolVersion, d);
    }

    String footer() {
        String reps = partialOf > 0 ? "PARTIAL: " + replicates + " of " + partialOf + " replicates"
                : replicates + " replicates";
        return "scenario " + scenario + "  \u00b7  seed " + seed + "  \u00b7  " + reps + "  \u00b7  " + weeks
                + " weeks  \u00b7  adoptsim " + toolVersion;
    }
}
