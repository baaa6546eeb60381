package org.adoptsim.core.result;

/**
 * The break-even week of a run against a baseline run of the same replicate (docs/model.md, "The
 * ledger"): the first week from which the run's cumulative net hours stay strictly above the
 * baseline's until the horizon. A pure function of the two series, so the caller pairs the runs.
 */
public final class BreakEven {
    /** Returned when the run is not above the baseline at the horizon. */
    public static final int NEVER = -1;

    private BreakEven() {
    }

    /**
     * @param net      cumulative net hours of the run, one value per week (week index 0 …)
     * @param baseline cumulative net hours of the baseline run on the same replicate, same length
     * @return the week index (0-based) from which {@code net} stays above {@code baseline}, or {@link #NEVER}
     */
    public static int week(double[] net, double[] baseline) {
        if (net.length != baseline.length) {
            throw new IllegalArgumentException("series of " + net.length + " and " + baseline.length + " weeks");
        }
        int from = NEVER;
        for (int w = net.length - 1; w >= 0 && net[w] > baseline[w]; w--) {
            from = w;
        }
        return from;
    }
}
