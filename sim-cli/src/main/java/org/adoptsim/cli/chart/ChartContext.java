package org.adoptsim.cli.chart;

import org.adoptsim.cli.output.Manifest;

/**
 * What every chart of an output folder says about where it came from, for its footer.
 *
 * @param partialOf the replicates asked for when the run was interrupted (0 when complete)
 * @param startWeek the calendar week of the runs' week 0 (today's state), 0 without a calendar: the charts'
 *                  axes and event labels count run weeks, so the footer says which calendar week they start at
 */
public record ChartContext(String scenario, long seed, long replicates, int weeks, String baseline, long partialOf,
        String toolVersion, int startWeek) {

    /** The context of the charts of the output folder {@code m} describes, PARTIAL when it was interrupted. */
    public static ChartContext of(Manifest m) {
        return new ChartContext(m.scenario().name(), m.seed(), m.replicatesCompleted(), m.weeks(), m.baseline(),
                m.complete() ? 0 : m.replicates(), m.toolVersion(), m.startWeek());
    }

    /** The footer every chart of the folder carries: scenario, seed, replicates (PARTIAL: k of n), weeks, version. */
    public String footer() {
        String reps = partialOf > 0 ? "PARTIAL: " + replicates + " of " + partialOf + " replicates"
                : replicates + " replicates";
        String span = startWeek > 0 ? weeks + " weeks from calendar week " + startWeek + " (week k here is calendar week "
                + startWeek + " + k)" : weeks + " weeks";
        return "scenario " + scenario + "  \u00b7  seed " + seed + "  \u00b7  " + reps + "  \u00b7  " + span
                + "  \u00b7  adoptsim " + toolVersion;
    }
}
