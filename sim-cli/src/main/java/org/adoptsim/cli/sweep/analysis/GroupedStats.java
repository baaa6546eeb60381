package org.adoptsim.cli.sweep.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Moments;
import org.adoptsim.cli.results.stats.PairMeans;
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
     * Summaries of {@code metrics} grouped by strategy and {@code by}; {@code shared} gives each run's group
     * of runs that share draws or parameters ({@link SharedDraws}; null: every run independent), and then
     * the intervals are as wide as over those groups' means ({@link Metric#intervalOfGroups}), a share of runs
     * included: one group may hold many runs, so Wilson's interval over runs would be far too narrow.
     */
    public static GroupedStats of(Table runs, List<String> by, List<String> metrics, int maxLevels, int bins,
            int[] shared) {
        List<String> cols = new ArrayList<>(List.of("strategy"));
        cols.addAll(by);
        Grouping g = Grouping.of(runs, cols, maxLevels, bins);
        List<Row> rows = new ArrayList<>();
        int[][] groupOfRun = new int[g.size()][];
        for (int i = 0; shared != null && i < g.size(); i++) {
            groupOfRun[i] = SharedDraws.of(shared, g.rows(i));
        }
        for (String m : metrics) {
            Metric metric = MetricCatalog.anyHorizon().get(m);
            for (int i = 0; i < g.size(); i++) {
                double[] values = g.values(runs.doubleColumn(m), i);
                Function<Moments, Estimate> interval = metric::interval;
                if (shared != null) {
                    PairMeans groups = PairMeans.ofGroups(values, groupOfRun[i]);
                    interval = moments -> metric.intervalOfGroups(moments, groups);
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
