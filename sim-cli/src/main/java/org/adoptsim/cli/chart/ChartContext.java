package org.adoptsim.cli.chart;

/**
 * What every chart of an output folder says about where it came from, for its footer.
 *
 * @param partialOf the replicates asked for when the run was interrupted (0 when complete)
 */
public record ChartContext(String scenario, long seed, long replicates, int weeks, String baseline, long partialOf,
        String toolVersion) {

    String footer() {
        String reps = partialOf > 0 ? "PARTIAL: " + replicates + " of " + partialOf + " replicates"
                : replicates + " replicates";
        return "scenario " + scenario + "  \u00b7  seed " + seed + "  \u00b7  " + reps + "  \u00b7  " + weeks
                + " weeks  \u00b7  adoptsim " + toolVersion;
    }
}
