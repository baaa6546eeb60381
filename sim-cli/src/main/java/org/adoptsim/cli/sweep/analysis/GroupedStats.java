package org.adoptsim.cli.sweep.analysis;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.Metric;
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

    public static GroupedStats of(Table runs, List<String> by, List<String> metrics, int maxLevels, int bins) {
        List<String> cols = new ArrayList<>(List.of("strategy"));
        cols.addAll(by);
        Grouping g = Grouping.of(runs, cols, maxLevels, bins);
        List<Row> rows = new ArrayList<>();
        for (String m : metrics) {
            Metric metric = MetricCatalog.anyHorizon().get(m);
            for (int i = 0; i < g.size(); i++) {
                rows.add(new Row(g.key(i), m, Summary.of(g.values(runs.doubleColumn(m), i), metric::interval)));
            }
        }
        return new GroupedStats(List.copyOf(cols), List.copyOf(rows));
    }

    /** The rows of one metric, in group order. */
    public List<Row> of(String metric) {
        return rows.stream().filter(r -> r.metric().equals(metric)).toList();
    }
}
