package org.adoptsim.cli.results.stats;

/**
 * A share of replicates ({@code hits} out of {@code n}) with its Wilson score interval, which stays
 * inside [0, 1] and behaves at shares of 0 and 1, where the normal approximation does not.
 *
 * @param hits replicates where the event happened
 * @param n    replicates
 */
public record Proportion(long hits, long n) {

    public Proportion {
        if (n < 0 || hits < 0 || hits > n) {
            throw new IllegalArgumentException("proportion: need 0 <= hits <= n, was " + hits + " of " + n);
        }
    }

    /** The observed share, NaN when there are no replicates. */
    public double share() {
        return n == 0 ? Double.NaN : (double) hits / n;
    }

    /** Lower bound of the two-sided Wilson interval at {@code level}. */
    public double low(double level) {
        return bound(level, -1);
    }

    /** Upper bound of the two-sided Wilson interval at {@code level}. */
    public double high(double level) {
        return bound(level, +1);
    }

    private double bound(double level, int sign) {
        if (n == 0) {
            return Double.NaN;
        }
        double z = NormalQuantile.of(0.5 + level / 2);
        double p = share();
        double z2n = z * z / n;
        double centre = p + z2n / 2;
        double spread = z * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
        double b = (centre + sign * spread) / (1 + z2n);
        return Math.min(1, Math.max(0, b));
    }
}
