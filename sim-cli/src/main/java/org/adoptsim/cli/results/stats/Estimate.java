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

    /** The last t quantile computed ({@link #tQuantile}), shared by every thread: immutable, so a stale one is only a miss. */
    private static volatile TQuantile lastQuantile;

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

    /**
     * The {@code (1 + level)/2} quantile of Student's t with {@code df} degrees of freedom. Commons
     * Statistics finds it by root-finding on the incomplete beta function, some microseconds a call; a
     * sweep asks for the same (level, df) for every metric of every point, so the last answer is kept.
     */
    public static double tQuantile(double level, long df) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level: must be in (0, 1), was " + level);
        }
        TQuantile last = lastQuantile;
        if (last == null || last.level != level || last.df != df) {
            last = new TQuantile(level, df, TDistribution.of(df).inverseCumulativeProbability(0.5 + level / 2));
            lastQuantile = last;
        }
        return last.value;
    }

    public boolean hasInterval() {
        return !Double.isNaN(low);
    }

    private record TQuantile(double level, long df, double value) {
    }
}
