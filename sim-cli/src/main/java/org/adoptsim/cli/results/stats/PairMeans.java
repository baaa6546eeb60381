package org.adoptsim.cli.results.stats;

/**
 * Values of replicates whose pairs 2k and 2k + 1 share a parameter set (a run with {@code --posterior}),
 * grouped by pair: the moments of the pair means, a pair's mean being that of the values it has (a
 * missing value, NaN, is left out; a pair with none is skipped). The two runs of a pair are not
 * independent, so the mean over all runs has the standard error of a mean over the pairs; {@link #widen}
 * gives an interval that width. Replicates must arrive in replicate order. Not thread-safe.
 */
public final class PairMeans {
    private final Moments means = new Moments();
    private int openPair = -1;
    private double openSum;
    private int openCount;

    /** Adds replicate {@code replicate}'s value (NaN: missing). */
    public void accept(double value, int replicate) {
        acceptInGroup(value, replicate / 2);
    }

    /**
     * Adds a value to group {@code group} of runs that share their parameters or draws (a replicate pair;
     * for runs pooled over sweep points, every run with that pair or replicate index): the values of one
     * group must arrive together. NaN: missing.
     */
    public void acceptInGroup(double value, int group) {
        if (group != openPair) {
            close(means);
            openPair = group;
            openSum = 0;
            openCount = 0;
        }
        if (!Double.isNaN(value)) {
            openSum += value;
            openCount++;
        }
    }

    private void close(Moments into) {
        if (openCount > 0) {
            into.accept(openSum / openCount);
        }
    }

    /** The moments of the pair means so far, the pair still open counted as one. */
    public Moments moments() {
        Moments all = new Moments();
        all.combine(means);
        close(all);
        return all;
    }

    /**
     * {@code plain}, a mean over every run, with the half-width of the t interval over the pair means at
     * {@code level} (K − 1 degrees of freedom for K pairs) around the same mean; NaN bounds when
     * {@code plain} has none or there are fewer than two pairs.
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
