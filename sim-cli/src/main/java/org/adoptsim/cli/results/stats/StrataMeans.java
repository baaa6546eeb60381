package org.adoptsim.cli.results.stats;

import java.util.Map;
import java.util.TreeMap;

/**
 * Values of independent runs pooled from strata whose means differ by design: the fixed levels of a grid
 * that a group pools over, each run in the stratum of its point. The mean over all runs is then the
 * strata's means weighted by their runs, and its variance is Σ n_h·s_h² / N² (n_h runs and sample variance
 * s_h² in stratum h, N runs in all): the noise within each stratum only. The interval taken over all runs
 * as one sample would also count the spread between the levels as noise. The t quantile takes
 * Welch–Satterthwaite's degrees of freedom, rounded down. Not thread-safe.
 */
public final class StrataMeans {
    private final Map<Integer, Moments> strata = new TreeMap<>();

    private StrataMeans() {
    }

    /** The strata of {@code values}, value k being in stratum {@code strata[k]}, in any order; NaN values are left out. */
    public static StrataMeans of(double[] values, int[] strata) {
        StrataMeans out = new StrataMeans();
        for (int k = 0; k < values.length; k++) {
            if (!Double.isNaN(values[k])) {
                out.strata.computeIfAbsent(strata[k], h -> new Moments()).accept(values[k]);
            }
        }
        return out;
    }

    /**
     * {@code plain}, a mean over every run, with the stratified interval at {@code level} around the same
     * mean. {@code plain} itself where a stratum has a single run (its noise cannot be estimated) or
     * {@code plain} has no interval.
     */
    public Estimate narrow(Estimate plain, double level) {
        if (!plain.hasInterval()) {
            return plain;
        }
        long total = 0;
        for (Moments m : strata.values()) {
            if (m.count() < 2) {
                return plain;
            }
            total += m.count();
        }
        double variance = 0;
        double welch = 0;
        for (Moments m : strata.values()) {
            double part = m.count() * m.variance() / ((double) total * total);
            variance += part;
            welch += part * part / (m.count() - 1);
        }
        if (variance == 0) {
            return new Estimate(plain.n(), plain.mean(), plain.mean(), plain.mean());
        }
        // Rounded down, after a nudge that keeps a whole number computed as 5.999… at 6.
        long df = Math.max(1, (long) Math.floor(variance * variance / welch * (1 + 1e-12)));
        double half = Estimate.tQuantile(level, df) * Math.sqrt(variance);
        return new Estimate(plain.n(), plain.mean(), plain.mean() - half, plain.mean() + half);
    }
}
