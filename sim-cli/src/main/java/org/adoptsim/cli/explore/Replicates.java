package org.adoptsim.cli.explore;

import java.util.List;
import org.adoptsim.cli.results.ComparisonAccumulator;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.Tabulator;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.run.Ensemble;

/**
 * Runs every strategy of a scenario on the same replicates and tabulates them, through the very
 * classes {@code compare} uses ({@link Ensemble} in replicate order into a
 * {@link ComparisonAccumulator}, then {@link Tabulator}), with the first strategy as the baseline as
 * {@code compare} has it by default. So the tables are those {@code compare --replicates N} writes to
 * summary.csv, paired.csv and weekly.csv, at any thread count. Stateless.
 */
public final class Replicates {
    private Replicates() {
    }

    /** The comparison of {@code scenario}'s strategies over its run settings' replicates. */
    public static ComparisonTables compare(Scenario scenario, int threads) throws InterruptedException {
        List<Strategy> strategies = scenario.strategies();
        ComparisonAccumulator acc = new ComparisonAccumulator(strategies.stream().map(Strategy::name).toList(), 0,
                new MetricCatalog(scenario.run().weeks()), scenario.organisation().teams());
        new Ensemble(scenario, strategies, threads, true).run(0, scenario.run().replicates(), acc::accept);
        return Tabulator.tabulate(acc);
    }
}
