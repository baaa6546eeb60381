package org.adoptsim.cli.explore;

import java.util.List;
import org.adoptsim.cli.functions.FunctionsAccumulator;
import org.adoptsim.cli.functions.SignOffColumns;
import org.adoptsim.cli.results.ComparisonAccumulator;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.Tabulator;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.run.Ensemble;

/**
 * Runs every strategy of a scenario on the same replicates and tabulates them, through the very
 * classes {@code compare} uses ({@link Ensemble} in replicate order into a
 * {@link ComparisonAccumulator}, then {@link Tabulator}), with the first strategy as the baseline as
 * {@code compare} has it by default, and with functions declared weekly.csv's {@code sign-off} reason
 * split by function as {@code compare} adds it ({@link SignOffColumns}). So the tables are those
 * {@code compare --replicates N} writes to summary.csv, paired.csv and weekly.csv, at any thread count.
 * Stateless.
 */
public final class Replicates {
    private Replicates() {
    }

    /** The comparison of {@code scenario}'s strategies over its run settings' replicates. */
    public static ComparisonTables compare(Scenario scenario, int threads) throws InterruptedException {
        List<Strategy> strategies = scenario.strategies();
        List<String> names = strategies.stream().map(Strategy::name).toList();
        ComparisonAccumulator acc = new ComparisonAccumulator(names, 0,
                new MetricCatalog(scenario.run().weeks()), scenario.organisation().teams());
        FunctionsAccumulator functions = new FunctionsAccumulator(names, scenario.run().weeks(),
                scenario.rules().functions().list());
        new Ensemble(scenario, strategies, threads, RunDetail.SERIES).run(0, scenario.run().replicates(), replicate -> {
            acc.accept(replicate);
            functions.accept(replicate);
        });
        ComparisonTables tables = Tabulator.tabulate(acc);
        return tables.withWeekly(SignOffColumns.add(tables.weekly(), functions));
    }
}
