package org.adoptsim.cli.results.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A mean over {@code n} replicates with a two-sided confidence interval from Student's t
 * distribution: {@code mean ± t(1 − (1 − level)/2, n − 1) · s / √n}. With fewer than two values the
 * interval is unknown (NaN bounds); with zero spread it collapses onto the mean. An empty estimate
 * has a NaN mean.
 *
 * @param n    number of values
 * @param mean their mean
 * @param low  lower bound of the interval
 * @param high upper bound of the interval
 */
public record Estimate(long n, double mean, double low, double high) {

    /** The usual level of every interval adoptsim reports. */
    public static final double LEVEL = 0.95;

    /** The mean of {@code n} values of a 0/1 indicator with Wilson's score interval (inside [0, 1]). */
    public static Estimate wilson(long n, double mean, double level) {
        if (n < 2) {
            return new Estimate(n, mean, Double.NaN, Double.NaN);
        }
        Proportion p = new Proportion(Math.round(mean * n), n);
        return new Estimate(n, mean, p.low(level), p.high(level));
    }

    /** The mean with Student's t interval, with NaN bounds below two values. */
    public static Estimate student(long n, double mean, double variance, double level) {
        return ofMoments(n, mean, variance, level);
    }

    /** This estimate with its bounds kept inside [{@code min}, {@code max}] (a mean of shares in [0, 1]). */
    public Estimate clippedTo(double min, double max) {
        return hasInterval() ? new Estimate(n, mean, Math.max(min, low), Math.min(max, high)) : this;
    }

    static Estimate ofMoments(long n, double mean, double variance, double level) {
        if (n < 2) {
            return new Estimate(n, mean, Double.NaN, Double.NaN);
        }
        double half = tQuantile(level, n - 1) * Math.sqrt(variance / n);
        return new Estimate(n, mean, mean - half, mean + half);
    }

    /** The {@code (1 + level)/2} quantile of Student's t with {@code df} degrees of freedom. */
    public static double tQuantile(double level, long df) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level: must be in (0, 1), was " + level);
        }
        return TDistribution.of(df).inverseCumulativeProbability(0.5 + level / 2);
    }

    public boolean hasInterval() {
        return !Double.isNaN(low);
    }
}
