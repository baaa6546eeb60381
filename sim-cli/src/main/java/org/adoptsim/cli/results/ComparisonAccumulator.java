package org.adoptsim.cli.results;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.result.RunResult;

/**
 * Accumulates a paired comparison replicate by replicate: one {@link StrategyAccumulator} per
 * strategy and, for every strategy but the baseline, one {@link PairedAccumulator} per paired metric
 * against the baseline's run on the same replicate. Each accepted replicate must hold one result per
 * strategy, in the order given here (the order {@code Replicate} and {@code Ensemble} produce).
 * Memory is independent of the number of replicates. Not thread-safe; {@link #combine} merges
 * accumulators built over disjoint replicates.
 */
public final class ComparisonAccumulator {
    private final List<String> strategies;
    private final int baseline;
    private final MetricCatalog catalog;
    private final List<StrategyAccumulator> perStrategy = new ArrayList<>();
    private final List<List<PairedAccumulator>> paired = new ArrayList<>();
    private long replicates;

    /**
     * @param strategies strategy names in run order
     * @param baseline   index of the baseline strategy in {@code strategies}
     * @param teams      organisation size (for the weekly histograms)
     */
    public ComparisonAccumulator(List<String> strategies, int baseline, MetricCatalog catalog, int teams) {
        if (baseline < 0 || baseline >= strategies.size()) {
            throw new IllegalArgumentException("baseline: index " + baseline + " outside the strategies");
        }
        this.strategies = List.copyOf(strategies);
        this.baseline = baseline;
        this.catalog = catalog;
        for (String s : strategies) {
            perStrategy.add(new StrategyAccumulator(s, catalog, teams));
            paired.add(catalog.paired().stream().map(PairedAccumulator::new).toList());
        }
    }

    /** Adds one replicate: the results of every strategy on it, in strategy order. */
    public void accept(List<RunResult> replicate) {
        if (replicate.size() != strategies.size()) {
            throw new IllegalArgumentException("replicate with " + replicate.size() + " results, expected "
                    + strategies.size());
        }
        RunResult base = replicate.get(baseline);
        for (int s = 0; s < strategies.size(); s++) {
            RunResult r = replicate.get(s);
            perStrategy.get(s).accept(r);
            if (s != baseline) {
                for (PairedAccumulator p : paired.get(s)) {
                    p.accept(p.metric().of(r), p.metric().of(base));
                }
            }
        }
        replicates++;
    }

    public void combine(ComparisonAccumulator o) {
        if (!o.strategies.equals(strategies) || o.baseline != baseline) {
            throw new IllegalArgumentException("cannot combine comparisons of different strategies");
        }
        for (int s = 0; s < strategies.size(); s++) {
            perStrategy.get(s).combine(o.perStrategy.get(s));
            for (int m = 0; m < paired.get(s).size(); m++) {
                paired.get(s).get(m).combine(o.paired.get(s).get(m));
            }
        }
        replicates += o.replicates;
    }

    public List<String> strategies() {
        return strategies;
    }

    public String baseline() {
        return strategies.get(baseline);
    }

    public MetricCatalog catalog() {
        return catalog;
    }

    public long replicates() {
        return replicates;
    }

    public StrategyAccumulator strategy(int index) {
        return perStrategy.get(index);
    }

    /** The paired accumulators of a strategy against the baseline; empty for the baseline itself. */
    public List<PairedAccumulator> paired(int index) {
        return index == baseline ? List.of() : paired.get(index);
    }
}
