package org.adoptsim.cli.sweep.analysis;

import java.util.Arrays;
import java.util.function.Function;
import org.adoptsim.cli.results.MetricKind;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Moments;
import org.adoptsim.cli.results.stats.Quantiles;

/**
 * Summary statistics of one group of runs for one metric: runs with a value, runs without, mean,
 * sample sd, the 95 % interval of the mean that the metric prescribes (by its {@link MetricKind}: Wilson's
 * for a 0/1 indicator, Student's t for the rest; inside the metric's range), and the 5/25/50/75/95 %
 * quantiles ({@link Quantiles#type7}). Immutable.
 */
public record Summary(long n, long missing, double mean, double sd, double lo, double hi, double p05, double p25,
        double p50, double p75, double p95) {

    /** Names of the statistics, in record order, for table headers. */
    public static final String[] COLUMNS = {"n", "missing", "mean", "sd", "lo", "hi", "p05", "p25", "p50", "p75", "p95"};

    /**
     * Summarises {@code values} (NaN = missing) with the interval a metric prescribes
     * ({@link org.adoptsim.cli.results.Metric#interval}); sorts a copy.
     */
    public static Summary of(double[] values, Function<Moments, Estimate> interval) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        int n = v.length;
        long missing = values.length - n;
        if (n == 0) {
            double nan = Double.NaN;
            return new Summary(0, missing, nan, nan, nan, nan, nan, nan, nan, nan, nan);
        }
        Moments m = new Moments();
        for (double x : v) {
            m.accept(x);
        }
        Estimate e = interval.apply(m);
        return new Summary(n, missing, m.mean(), Math.sqrt(m.variance()), e.low(), e.high(), Quantiles.type7(v, 0.05),
                Quantiles.type7(v, 0.25), Quantiles.type7(v, 0.5), Quantiles.type7(v, 0.75), Quantiles.type7(v, 0.95));
    }

    /** The statistics as numbers, in {@link #COLUMNS} order. */
    public double[] values() {
        return new double[] {n, missing, mean, sd, lo, hi, p05, p25, p50, p75, p95};
    }
}
