package org.adoptsim.cli.results.stats;

import java.util.Map;
import java.util.TreeMap;

/**
 * Values of runs that share their parameters or draws, grouped that way: the moments of the group means, a
 * group's mean being that of the values it has (a missing value, NaN, is left out; a group with none is
 * skipped). The groups are the replicate pairs 2k and 2k + 1 of a run with {@code --posterior}
 * ({@link #accept}, replicates in order), or any grouping of runs pooled over sweep points
 * ({@link #ofGroups}). Runs of one group are not independent, so the mean over all runs has the standard
 * error of a mean over the groups; {@link #widen} gives an interval that width. Not thread-safe.
 */
public final class PairMeans {
    private final Moments means = new Moments();
    private int openPair = -1;
    private double openSum;
    private int openCount;

    /** Adds replicate {@code replicate}'s value (NaN: missing); replicates must arrive in order. */
    public void accept(double value, int replicate) {
        if (replicate / 2 != openPair) {
            close(means);
            openPair = replicate / 2;
            openSum = 0;
            openCount = 0;
        }
        if (!Double.isNaN(value)) {
            openSum += value;
            openCount++;
        }
    }

    /** The group means of {@code values}, value k being in group {@code groups[k]}, in any order. */
    public static PairMeans ofGroups(double[] values, int[] groups) {
        Map<Integer, double[]> sums = new TreeMap<>();
        for (int k = 0; k < values.length; k++) {
            if (!Double.isNaN(values[k])) {
                double[] s = sums.computeIfAbsent(groups[k], g -> new double[2]);
                s[0] += values[k];
                s[1]++;
            }
        }
        PairMeans out = new PairMeans();
        for (double[] s : sums.values()) {
            out.means.accept(s[0] / s[1]);
        }
        return out;
    }

    private void close(Moments into) {
        if (openCount > 0) {
            into.accept(openSum / openCount);
        }
    }

    /** The moments of the group means so far, a pair still open counted as one. */
    public Moments moments() {
        Moments all = new Moments();
        all.combine(means);
        close(all);
        return all;
    }

    /**
     * {@code plain}, a mean over every run, with the half-width of the t interval over the group means at
     * {@code level} (K − 1 degrees of freedom for K groups) around the same mean; NaN bounds when
     * {@code plain} has none or there are fewer than two groups.
     */
    public Estimate widen(Estimate plain, double level) {
        Estimate pairs = moments().estimate(level);
        if (!plain.hasInterval() || !pairs.hasInterval()) {
            return new Estimate(plain.n(), plain.mean(), Double.NaN, Double.NaN);
        }
        double half = (pairs.high() - pairs.low()) / 2;
        return new Estimate(plain.n(), plain.mean(), plain.mean() - half, plain.mean() + half);
    }
}
