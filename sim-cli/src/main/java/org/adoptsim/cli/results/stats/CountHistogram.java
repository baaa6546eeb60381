package org.adoptsim.cli.results.stats;

/**
 * A histogram of integer values in {@code 0 … max}, plus a count of censored values (known only to
 * lie beyond {@code max}, e.g. a milestone not reached within the horizon). Memory is
 * {@code max + 1} counters whatever the number of values, and {@link #combine} is exact, so
 * quantiles do not depend on how the values were split or ordered. Not thread-safe.
 */
public final class CountHistogram {
    private final int[] counts;
    private long censored;

    public CountHistogram(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max: must be >= 0, was " + max);
        }
        counts = new int[max + 1];
    }

    /** Adds a value in {@code 0 … max}. */
    public void accept(int value) {
        if (value < 0 || value >= counts.length) {
            throw new IllegalArgumentException("value " + value + " outside 0.." + (counts.length - 1));
        }
        counts[value]++;
    }

    /** Adds a value known only to lie beyond {@code max}. */
    public void acceptCensored() {
        censored++;
    }

    public void combine(CountHistogram other) {
        if (other.counts.length != counts.length) {
            throw new IllegalArgumentException("histograms of different ranges");
        }
        for (int v = 0; v < counts.length; v++) {
            counts[v] += other.counts[v];
        }
        censored += other.censored;
    }

    public long count() {
        long n = censored;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    /** Values within the range (not censored). */
    public long observed() {
        return count() - censored;
    }

    /** Type-7 quantile; NaN if empty or if it depends on a censored value. */
    public double quantile(double p) {
        double[] out = new double[1];
        Quantiles.type7(counts, 0, counts.length, censored, new double[] {p}, out);
        return out[0];
    }

    public double median() {
        return quantile(0.5);
    }
}
