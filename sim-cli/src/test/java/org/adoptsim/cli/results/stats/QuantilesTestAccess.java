package org.adoptsim.cli.results.stats;

/** Lets tests in other packages use the textbook type-7 quantile. */
public final class QuantilesTestAccess {
    private QuantilesTestAccess() {
    }

    public static double type7(int[] sorted, double p) {
        return QuantilesTest.type7(sorted, p);
    }
}
