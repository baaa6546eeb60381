package org.adoptsim.cli.results;

import java.util.List;
import org.adoptsim.cli.results.stats.CountHistogram;
import org.adoptsim.cli.results.stats.Moments;
import org.adoptsim.core.result.RunResult;

/**
 * Everything the outputs need about one strategy, accumulated run by run: moments of each plain
 * metric (over the runs that have a value: a missing one, such as week 52 of a shorter run, is left out), a histogram of each milestone (with runs that missed it counted as censored), and the
 * weekly figures. Memory does not grow with the number of replicates. Not thread-safe.
 */
public final class StrategyAccumulator {
    private final String strategy;
    private final List<Metric> metrics;
    private final Moments[] moments;
    private final CountHistogram[] milestones;
    private final WeeklyAccumulator weekly;

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
            } else if (Double.isNaN(v)) {
                milestones[i].acceptCensored();
            } else {
                milestones[i].accept((int) v);
            }
        }
        weekly.accept(r.weekly().orElseThrow(() -> new IllegalArgumentException("run without weekly series")));
    }

    public void combine(StrategyAccumulator o) {
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
