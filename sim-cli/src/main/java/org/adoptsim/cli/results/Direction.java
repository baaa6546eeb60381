package org.adoptsim.cli.results;

/**
 * Which way is better for a metric. A missing value (a milestone not reached by the horizon) always
 * counts as the worst outcome: later than any week, so a run that reaches the milestone beats one
 * that does not, and two runs that both miss it are the same.
 */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** +1 if {@code a} is better than {@code b}, −1 if worse, 0 if the same; NaN means "not reached". */
    public int compare(double a, double b) {
        boolean aMissing = Double.isNaN(a);
        boolean bMissing = Double.isNaN(b);
        if (aMissing || bMissing) {
            return aMissing == bMissing ? 0 : aMissing ? -1 : 1;
        }
        int c = a == b ? 0 : a < b ? -1 : 1;
        return this == HIGHER_IS_BETTER ? c : -c;
    }

    /** The word for "better" in this direction, for tables. */
    public String better() {
        return this == HIGHER_IS_BETTER ? "higher" : "lower";
    }
}
