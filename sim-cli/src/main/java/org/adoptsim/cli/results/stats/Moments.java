package org.adoptsim.cli.results.stats;

/**
 * Count, mean and sum of squared deviations of a stream of values (Welford's update), with
 * {@link #combine} (Chan et al.) for merging partial results. Non-finite values are not accepted:
 * callers decide what a missing value means before they get here.
 *
 * <p>Results are exactly reproducible for the same values in the same order; combining partial
 * accumulators gives the same numbers up to floating-point rounding. Not thread-safe.
 */
public final class Moments {
    private long n;
    private double mean;
    private double m2;

    /** Adds one finite value. */
    public void accept(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite value: " + x);
        }
        n++;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
    }

    /** Merges another accumulator into this one. */
    public void combine(Moments other) {
        if (other.n == 0) {
            return;
        }
        if (n == 0) {
            n = other.n;
            mean = other.mean;
            m2 = other.m2;
            return;
        }
        long total = n + other.n;
        double delta = other.mean - mean;
        mean += delta * other.n / total;
        m2 += other.m2 + delta * delta * ((double) n * other.n / total);
        n = total;
    }

    public long count() {
        return n;
    }

    /** The mean, NaN when empty. */
    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** The unbiased sample variance, NaN with fewer than two values. */
    public double variance() {
        return n < 2 ? Double.NaN : Math.max(0, m2 / (n - 1));
    }

    /** The mean with its two-sided Student-t confidence interval at the given level. */
    public Estimate estimate(double level) {
        return Estimate.ofMoments(n, mean(), variance(), level);
    }
}
