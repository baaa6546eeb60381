package org.adoptsim.cli.results;

import java.util.List;
import org.adoptsim.cli.results.stats.CountHistogram;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Moments;
import org.adoptsim.cli.results.stats.PairMeans;
import org.adoptsim.core.result.RunResult;

/**
 * Everything the outputs need about one strategy, accumulated run by run: moments of each plain
 * metric (over the runs that have a value: a missing one, such as week 52 of a shorter run, is left out), a histogram of each milestone (with runs that missed it counted as censored), and the
 * weekly figures. Memory does not grow with the number of replicates. With
 * {@link #sharingParametersInPairs} (replicates 2k and 2k + 1 on one parameter set) the plain metrics are
 * also grouped by pair, for {@link #interval}. Not thread-safe.
 */
public final class StrategyAccumulator {
    private final String strategy;
    private final List<Metric> metrics;
    private final Moments[] moments;
    private final CountHistogram[] milestones;
    private final WeeklyAccumulator weekly;
    /** Each plain metric's values grouped by replicate pair, or null when replicates are independent. */
    private PairMeans[] pairs;

    public StrategyAccumulator(String strategy, MetricCatalog catalog, int teams) {
        this.strategy = strategy;
        this.metrics = catalog.compared();
        this.moments = new Moments[metrics.size()];
        this.milestones = new CountHistogram[metrics.size()];
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).censored()) {
                milestones[i] = new CountHistogram(catalog.weeks());
            } else {
                moments[i] = new Moments();
            }
        }
        this.weekly = new WeeklyAccumulator(catalog.weeks(), teams);
    }

    /** Groups replicates 2k and 2k + 1, which share a parameter set, from now on (before any run). */
    public StrategyAccumulator sharingParametersInPairs() {
        if (replicates() > 0) {
            throw new IllegalStateException("runs already accepted");
        }
        pairs = new PairMeans[metrics.size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = moments[i] == null ? null : new PairMeans();
        }
        return this;
    }

    public void accept(RunResult r) {
        accept(r, null);
    }

    /** Adds one run; {@code baseline} is the baseline's run on the same replicate, or null when none is compared. */
    public void accept(RunResult r, RunResult baseline) {
        if (!r.strategy().equals(strategy)) {
            throw new IllegalArgumentException("result of '" + r.strategy() + "' given to '" + strategy + "'");
        }
        for (int i = 0; i < metrics.size(); i++) {
            double v = metrics.get(i).of(r, baseline);
            if (milestones[i] == null) {
                if (!Double.isNaN(v)) {
                    moments[i].accept(v);
                }
                if (pairs != null) {
                    pairs[i].accept(v, r.replicate());
                }
            } else if (Double.isNaN(v)) {
                milestones[i].acceptCensored();
            } else {
                milestones[i].accept((int) v);
            }
        }
        weekly.accept(r.weekly().orElseThrow(() -> new IllegalArgumentException("run without weekly series")));
    }

    /** Adds {@code o}, built over other runs of independent replicates. */
    public void combine(StrategyAccumulator o) {
        if (pairs != null || o.pairs != null) {
            throw new IllegalStateException("replicates that share parameters in pairs are accumulated in order");
        }
        for (int i = 0; i < metrics.size(); i++) {
            if (milestones[i] == null) {
                moments[i].combine(o.moments[i]);
            } else {
                milestones[i].combine(o.milestones[i]);
            }
        }
        weekly.combine(o.weekly);
    }

    public String strategy() {
        return strategy;
    }

    public long replicates() {
        return weekly.replicates();
    }

    /** Moments of a plain (not censored) metric. */
    public Moments moments(Metric m) {
        return require(moments[indexOf(m)], m);
    }

    /**
     * The 95 % interval of a plain metric's mean; over the replicate pairs when they share parameters
     * ({@link Metric#interval(Moments, PairMeans)}).
     */
    public Estimate interval(Metric m) {
        int i = indexOf(m);
        return m.interval(require(moments[i], m), pairs == null ? null : pairs[i]);
    }

    /** Histogram of a censored metric. */
    public CountHistogram milestone(Metric m) {
        return require(milestones[indexOf(m)], m);
    }

    public WeeklyAccumulator weekly() {
        return weekly;
    }

    private int indexOf(Metric m) {
        int i = metrics.indexOf(m);
        if (i < 0) {
            throw new IllegalArgumentException("metric '" + m.id() + "' is not in this catalog");
        }
        return i;
    }

    private static <T> T require(T value, Metric m) {
        if (value == null) {
            throw new IllegalArgumentException("metric '" + m.id() + "' is " + (m.censored() ? "" : "not ")
                    + "censored");
        }
        return value;
    }
}
