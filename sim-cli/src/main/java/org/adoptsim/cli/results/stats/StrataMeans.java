package org.adoptsim.cli.results.stats;

import java.util.Map;
import java.util.TreeMap;

/**
 * Values of independent runs pooled from strata whose means differ by design: the fixed levels of a grid
 * that a group pools over, each run in the stratum of its point. The estimate is the mean over the runs
 * that have a value; its variance is that of a stratified sample's subgroup mean: with z = y − ȳ for a
 * run with a value and z = 0 for a run without, Σ R_h·s²_z,h / n² (R_h runs at point h, s²_z,h the sample
 * variance of their z, n runs with a value in all). Without missing values this is Σ R_h·s_h² / N², the
 * noise within each stratum only; with them it also counts how many runs of each point have a value,
 * which varies from sample to sample and moves the mean between the levels. The interval taken over all
 * runs as one sample would count the spread between the levels as noise. The t quantile takes
 * Welch–Satterthwaite's degrees of freedom, rounded down. Not thread-safe.
 */
public final class StrataMeans {
    private final Map<Integer, Stratum> strata = new TreeMap<>();

    /** One stratum's runs: all of them, and the moments of those with a value. */
    private static final class Stratum {
        long runs;
        final Moments values = new Moments();
    }

    private StrataMeans() {
    }

    /** The strata of {@code values}, value k being in stratum {@code strata[k]}, in any order; NaN is a run without a value. */
    public static StrataMeans of(double[] values, int[] strata) {
        StrataMeans out = new StrataMeans();
        for (int k = 0; k < values.length; k++) {
            Stratum s = out.strata.computeIfAbsent(strata[k], h -> new Stratum());
            s.runs++;
            if (!Double.isNaN(values[k])) {
                s.values.accept(values[k]);
            }
        }
        return out;
    }

    /**
     * {@code plain}, the mean over the runs with a value, with the stratified interval at {@code level}
     * around the same mean; {@code plain} itself where a stratum has a single run (its noise cannot be
     * estimated) or {@code plain} has no interval.
     */
    public Estimate narrow(Estimate plain, double level) {
        if (!plain.hasInterval()) {
            return plain;
        }
        double mean = plain.mean();
        double n = 0;
        for (Stratum s : strata.values()) {
            if (s.runs < 2) {
                return plain;
            }
            n += s.values.count();
        }
        double variance = 0;
        double welch = 0;
        for (Stratum s : strata.values()) {
            long m = s.values.count();
            double d = m == 0 ? 0 : s.values.mean() - mean;
            double sumZ = m * d;
            double sumZ2 = (m > 1 ? (m - 1) * s.values.variance() : 0) + m * d * d;
            double s2z = Math.max(0, (sumZ2 - sumZ * sumZ / s.runs) / (s.runs - 1));
            double part = s.runs * s2z / (n * n);
            variance += part;
            welch += part * part / (s.runs - 1);
        }
        if (variance == 0) {
            return new Estimate(plain.n(), mean, mean, mean);
        }
        // Rounded down, after a nudge that keeps a whole number computed as 5.999… at 6.
        long df = Math.max(1, (long) Math.floor(variance * variance / welch * (1 + 1e-12)));
        double half = Estimate.tQuantile(level, df) * Math.sqrt(variance);
        return new Estimate(plain.n(), mean, mean - half, mean + half);
    }
}
