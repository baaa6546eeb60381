package org.adoptsim.cli.sweep.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Moments;
import org.adoptsim.cli.results.stats.PairMeans;
import org.adoptsim.cli.results.stats.StrataMeans;
import tech.tablesaw.api.Table;

/**
 * Grouped summaries of a sweep's runs: for every group (strategy and the chosen parameters) and every
 * chosen metric, a {@link Summary} over the group's runs. Groups pool runs over every parameter not
 * grouped on, so a group's mean is the design's average over the others. Immutable.
 */
public record GroupedStats(List<String> groupColumns, List<Row> rows) {

    /** One group's summary of one metric. */
    public record Row(List<String> key, String metric, Summary summary) {
    }

    /**
     * Summaries of {@code metrics} grouped by strategy and {@code by}. The interval of a group's mean
     * follows how its runs relate ({@link Pooling}): with shared draws it is as wide as over the shared
     * groups' means ({@link Metric#intervalOfGroups}), a share of runs included, since one group may hold
     * many runs and Wilson's interval over runs would be far too narrow; pooled over a grid's fixed levels
     * it is the stratified interval ({@link Metric#intervalOfStrata}); otherwise it is over the runs.
     */
    public static GroupedStats of(Table runs, List<String> by, List<String> metrics, int maxLevels, int bins,
            Pooling pooling) {
        List<String> cols = new ArrayList<>(List.of("strategy"));
        cols.addAll(by);
        Grouping g = Grouping.of(runs, cols, maxLevels, bins);
        List<Row> rows = new ArrayList<>();
        int[][] groupOfRun = new int[g.size()][];
        int[][] stratumOfRun = new int[g.size()][];
        for (int i = 0; i < g.size(); i++) {
            groupOfRun[i] = pooling.sharedOf(g.rows(i));
            stratumOfRun[i] = pooling.strataOf(g.rows(i));
        }
        for (String m : metrics) {
            Metric metric = MetricCatalog.anyHorizon().get(m);
            for (int i = 0; i < g.size(); i++) {
                double[] values = g.values(runs.doubleColumn(m), i);
                Function<Moments, Estimate> interval = metric::interval;
                if (groupOfRun[i] != null) {
                    PairMeans groups = PairMeans.ofGroups(values, groupOfRun[i]);
                    interval = moments -> metric.intervalOfGroups(moments, groups);
                } else if (stratumOfRun[i] != null) {
                    StrataMeans strata = StrataMeans.of(values, stratumOfRun[i]);
                    interval = moments -> metric.intervalOfStrata(moments, strata);
                }
                rows.add(new Row(g.key(i), m, Summary.of(values, interval)));
            }
        }
        return new GroupedStats(List.copyOf(cols), List.copyOf(rows));
    }

    /** The rows of one metric, in group order. */
    public List<Row> of(String metric) {
        return rows.stream().filter(r -> r.metric().equals(metric)).toList();
    }
}
