package org.adoptsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.cli.results.ComparisonAccumulator;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.MilestoneSummary;
import org.adoptsim.cli.results.Tabulator;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.run.Replicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The time charts mark each mandate's deadline: the median run's mandate week plus the strategy's deadlineWeeks. */
class ChartDeadlineTest {
    private static Scenario scenario;
    private static ComparisonTables tables;
    private static MetricCatalog catalog;

    @BeforeAll
    static void run() {
        ChartWarmup.headless();
        scenario = Scenario.defaults().withRun(Scenario.defaults().run().withWeeks(104).withSeed(4));
        List<String> names = scenario.strategies().stream().map(Strategy::name).toList();
        catalog = new MetricCatalog(104);
        ComparisonAccumulator acc = new ComparisonAccumulator(names, 0, catalog, 42);
        for (int r = 0; r < 3; r++) {
            acc.accept(Replicate.run(scenario, scenario.strategies(), r, true));
        }
        tables = Tabulator.tabulate(acc);
    }

    private static ChartContext context() {
        return new ChartContext("demo", 4, 3, 104, tables.strategies().get(0), 0, "test");
    }

    private static XYChart chart(ChartContext ctx, String name) {
        return (XYChart) new ChartSet(tables, catalog, ctx, 42).figure(name).panels().get(0);
    }

    @Test
    void everyMandatedStrategyGetsItsDeadlineMarkedOnBothTimeCharts() {
        ChartContext ctx = context().withStrategies(scenario.strategies());
        int marked = 0;
        for (String chartName : List.of(ChartSet.NET_HOURS, "done-vs-adopted")) {
            XYChart c = chart(ctx, chartName);
            for (Strategy s : scenario.strategies()) {
                MilestoneSummary m = tables.row(s.name()).milestones().get("mandate_week");
                long mandate = Math.round(m.median() + 1);
                boolean fired = s.mandate().enabled() && !Double.isNaN(m.median());
                long deadline = mandate + s.mandate().deadlineWeeks();
                String label = s.name() + ": deadline (week " + deadline + ")";
                XYSeries mark = c.getSeriesMap().get(label);
                if (fired && deadline <= 104) {
                    assertNotNull(mark, chartName + " lacks '" + label + "' among " + c.getSeriesMap().keySet());
                    assertEquals(deadline, mark.getXData()[0], 1e-9);
                    assertEquals(deadline, mark.getXData()[1], 1e-9, "a vertical line");
                    assertTrue(mark.isShowInLegend());
                    marked++;
                } else {
                    assertFalse(c.getSeriesMap().keySet().stream()
                            .anyMatch(k -> k.startsWith(s.name() + ": deadline")), s.name() + " has no deadline");
                }
            }
        }
        assertTrue(marked >= 4, "the default scenario's mandates reach their deadlines within two years: " + marked);
    }

    @Test
    void withoutStrategyDefinitionsNoDeadlineIsGuessed() {
        XYChart c = chart(context(), "done-vs-adopted");
        assertTrue(c.getSeriesMap().keySet().stream().anyMatch(k -> k.contains(": mandate (week ")),
                "the mandate itself is still marked");
        assertFalse(c.getSeriesMap().keySet().stream().anyMatch(k -> k.contains(": deadline")));
    }
}
