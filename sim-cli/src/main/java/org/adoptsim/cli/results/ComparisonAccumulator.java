package org.adoptsim.cli.results;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.result.RunResult;

/**
 * Accumulates a paired comparison replicate by replicate: one {@link StrategyAccumulator} per
 * strategy; for every ordered pair of strategies one {@link PairedAccumulator} per paired metric and
 * the objective ({@link MetricCatalog#paired(Metric)}), so the tables can compare every strategy with the
 * baseline and with whichever strategy turns out best; and how often each strategy was best on the
 * objective over the paired replicates. Each accepted replicate must hold one result per strategy, in
 * the order given here (the order {@code Replicate} and {@code Ensemble} produce). Memory is independent of the number of replicates. Not thread-safe;
 * {@link #combine} merges accumulators built over disjoint replicates.
 */
public final class ComparisonAccumulator {
    /** The objective when none is named: net engineer-hours (docs/model.md, "The ledger"). */
    public static final String DEFAULT_OBJECTIVE = "net_hours";

    private final List<String> strategies;
    private final int baseline;
    private final MetricCatalog catalog;
    private final Metric objective;
    private final List<StrategyAccumulator> perStrategy = new ArrayList<>();
    /** pairs[s][t]: strategy s against strategy t (empty when s == t). */
    private final List<List<List<PairedAccumulator>>> pairs = new ArrayList<>();
    private final BestCounter best;
    private long replicates;

    /** A comparison on the default objective ({@value #DEFAULT_OBJECTIVE}). */
    public ComparisonAccumulator(List<String> strategies, int baseline, MetricCatalog catalog, int teams) {
        this(strategies, baseline, catalog, teams, catalog.get(DEFAULT_OBJECTIVE));
    }

    /**
     * @param strategies strategy names in run order
     * @param baseline   index of the baseline strategy in {@code strategies}
     * @param teams      organisation size (for the weekly histograms)
     * @param objective  the metric the verdict ranks strategies on (one of {@link MetricCatalog#objectives()})
     */
    public ComparisonAccumulator(List<String> strategies, int baseline, MetricCatalog catalog, int teams,
            Metric objective) {
        if (baseline < 0 || baseline >= strategies.size()) {
            throw new IllegalArgumentException("baseline: index " + baseline + " outside the strategies");
        }
        this.strategies = List.copyOf(strategies);
        this.baseline = baseline;
        this.catalog = catalog;
        this.objective = objective;
        this.best = new BestCounter(objective, strategies.size());
        for (int s = 0; s < strategies.size(); s++) {
            perStrategy.add(new StrategyAccumulator(strategies.get(s), catalog, teams));
            List<List<PairedAccumulator>> row = new ArrayList<>();
            for (int t = 0; t < strategies.size(); t++) {
                row.add(s == t ? List.of() : catalog.paired(objective).stream().map(PairedAccumulator::new).toList());
            }
            pairs.add(row);
        }
    }

    /**
     * Replicates 2k and 2k + 1 share a parameter set from here on (a run with {@code --posterior}): the
     * intervals of the means ({@link StrategyAccumulator#interval}) and of the paired differences
     * ({@link PairedAccumulator#estimate}) are then as wide as over the pair means, and replicates must be
     * accepted in replicate order. Call before the first replicate.
     */
    public ComparisonAccumulator sharingParametersInPairs() {
        perStrategy.forEach(StrategyAccumulator::sharingParametersInPairs);
        for (List<List<PairedAccumulator>> row : pairs) {
            for (List<PairedAccumulator> cell : row) {
                cell.forEach(PairedAccumulator::sharingParametersInPairs);
            }
        }
        return this;
    }

    /** Adds one replicate: the results of every strategy on it, in strategy order. */
    public void accept(List<RunResult> replicate) {
        if (replicate.size() != strategies.size()) {
            throw new IllegalArgumentException("replicate with " + replicate.size() + " results, expected "
                    + strategies.size());
        }
        RunResult base = strategies.size() > 1 ? replicate.get(baseline) : null;
        double[] objectiveValues = new double[strategies.size()];
        for (int s = 0; s < strategies.size(); s++) {
            RunResult r = replicate.get(s);
            perStrategy.get(s).accept(r, base);
            objectiveValues[s] = objective.of(r, base);
            for (int t = 0; t < strategies.size(); t++) {
                for (PairedAccumulator p : pairs.get(s).get(t)) {
                    p.accept(p.metric().of(r, base), p.metric().of(replicate.get(t), base), r.replicate());
                }
            }
        }
        best.accept(objectiveValues);
        replicates++;
    }

    public void combine(ComparisonAccumulator o) {
        if (!o.strategies.equals(strategies) || o.baseline != baseline || !o.objective.equals(objective)) {
            throw new IllegalArgumentException("cannot combine comparisons of different strategies");
        }
        for (int s = 0; s < strategies.size(); s++) {
            perStrategy.get(s).combine(o.perStrategy.get(s));
            for (int t = 0; t < strategies.size(); t++) {
                List<PairedAccumulator> mine = pairs.get(s).get(t);
                for (int m = 0; m < mine.size(); m++) {
                    mine.get(m).combine(o.pairs.get(s).get(t).get(m));
                }
            }
        }
        best.combine(o.best);
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

    public Metric objective() {
        return objective;
    }

    public long replicates() {
        return replicates;
    }

    public StrategyAccumulator strategy(int index) {
        return perStrategy.get(index);
    }

    /** The paired accumulators of a strategy against the baseline; empty for the baseline itself. */
    public List<PairedAccumulator> paired(int index) {
        return pairs.get(index).get(baseline);
    }

    /** The paired accumulators of strategy {@code index} against strategy {@code other}; empty when equal. */
    public List<PairedAccumulator> paired(int index, int other) {
        return pairs.get(index).get(other);
    }

    /** How often each strategy was best on the objective. */
    public BestCounter best() {
        return best;
    }
}
