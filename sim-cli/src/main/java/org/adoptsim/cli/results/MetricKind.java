package org.adoptsim.cli.results;

import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Moments;

/**
 * What kind of number a metric is, which decides how it is summarised over runs — never the values
 * that happened to come out. A metric's kind fixes its interval ({@link #interval}): Wilson's for a 0/1
 * indicator, Student's t for the rest, kept inside [0, 1] for a share and at or above 0 for counts and
 * weeks. A share that is 1 in every run has
 * no spread, so its interval collapses onto 1: no band is drawn around it.
 */
public enum MetricKind {
    /** 0 or 1 per run (did the run reach 100 %?); its mean is a share of runs, with Wilson's interval. */
    INDICATOR,
    /** A share of teams in [0, 1] per run; its mean has Student's t interval, clipped to [0, 1]. */
    SHARE,
    /** A whole number of events or team-weeks per run; Student's t interval, kept at or above 0. */
    COUNT,
    /** A continuous value per run (hours, rates, an index); Student's t interval. */
    CONTINUOUS,
    /**
     * Weeks until something happened, missing (censored at the horizon) when it did not: summarised by
     * the median run and the share of runs that got there, or by the mean over the runs that did
     * (Student's t interval, kept at or above 0).
     */
    WEEKS_CENSORED;

    /**
     * The mean of {@code n} values of this kind with its two-sided interval at {@code level}; NaN bounds
     * below two values. For a censored metric these are the values of the runs that got there.
     */
    public Estimate interval(long n, double mean, double variance, double level) {
        return switch (this) {
            case INDICATOR -> Estimate.wilson(n, mean, level);
            case SHARE -> Estimate.student(n, mean, variance, level).clippedTo(0, 1);
            case COUNT, WEEKS_CENSORED -> Estimate.student(n, mean, variance, level).clippedTo(0, Double.POSITIVE_INFINITY);
            case CONTINUOUS -> Estimate.student(n, mean, variance, level);
        };
    }

    /** The kind of a mean over replicates of this kind: a mean of 0/1 values is a share. */
    public MetricKind ofMeans() {
        return this == INDICATOR ? SHARE : this;
    }

    /** {@link #interval} of what a {@link Moments} accumulated. */
    public Estimate interval(Moments m, double level) {
        return interval(m.count(), m.mean(), m.variance(), level);
    }
}
