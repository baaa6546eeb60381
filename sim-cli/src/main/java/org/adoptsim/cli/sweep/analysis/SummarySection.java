package org.adoptsim.cli.sweep.analysis;

import org.adoptsim.cli.text.TextTable;

import org.adoptsim.cli.text.Num;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.sweep.chart.CurveChart;
import org.adoptsim.cli.sweep.chart.HeatmapChart;
import tech.tablesaw.api.DoubleColumn;

/**
 * Grouped statistics of the runs ({@code summary.csv}, printed for the metrics in focus) and, when
 * grouped by parameters, the curve of each focus metric against the first (one line per strategy, or
 * per strategy and level of the second, with 95 % bands) and a heatmap over the first two.
 */
final class SummarySection {
    static final int MAX_LEVELS = 12;
    static final int MAX_SERIES_LEVELS = 6;

    private SummarySection() {
    }

    static void run(AnalysisContext c) {
        GroupedStats g = GroupedStats.of(c.tables.runs(), c.by, c.metrics, MAX_LEVELS, c.bins, c.pooling());
        List<String> header = new ArrayList<>(g.groupColumns());
        header.add("metric");
        header.addAll(List.of(Summary.COLUMNS));
        List<List<String>> body = new ArrayList<>();
        for (GroupedStats.Row r : g.rows()) {
            List<String> row = new ArrayList<>(r.key());
            row.add(r.metric());
            for (double v : r.summary().values()) {
                row.add(Num.csv(v));
            }
            body.add(row);
        }
        c.csv("summary.csv", header, body);
        for (String m : c.focus) {
            print(c, g, m);
        }
        if (!c.by.isEmpty() && c.charts != null) {
            for (String m : c.focus) {
                curve(c, m);
                if (c.by.size() >= 2) {
                    heatmaps(c, m);
                }
            }
        }
    }

    private static void print(AnalysisContext c, GroupedStats g, String metric) {
        c.print.println();
        String title = metric + " by " + String.join(", ", g.groupColumns()) + " (over runs):";
        List<String> header = new ArrayList<>(g.groupColumns());
        header.addAll(List.of("n", "mean", "95% CI", "p05", "median", "p95"));
        List<Boolean> numeric = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            numeric.add(i >= g.groupColumns().size());
        }
        List<List<String>> table = new ArrayList<>();
        for (GroupedStats.Row r : g.of(metric)) {
            Summary s = r.summary();
            List<String> row = new ArrayList<>(r.key());
            row.addAll(List.of(Long.toString(s.n()), AnalysisContext.num(s.mean()), AnalysisContext.interval(s.lo(), s.hi()),
                    AnalysisContext.num(s.p05()), AnalysisContext.num(s.p50()), AnalysisContext.num(s.p95())));
            table.add(row);
        }
        c.print.print(new TextTable(title, header, numeric, table, List.of()).toText(c.rows));
    }

    private static void curve(AnalysisContext c, String metric) {
        String x = c.by.get(0);
        if (!plottable(c, x)) {
            return;
        }
        boolean split = c.by.size() >= 2 && levels(c, c.by.get(1)) <= MAX_SERIES_LEVELS;
        List<String> by = split ? List.of(x, c.by.get(1)) : List.of(x);
        GroupedStats g = GroupedStats.of(c.tables.runs(), by, List.of(metric), MAX_LEVELS, c.bins, c.pooling());
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        Map<String, Integer> variant = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        List<String> levels = new ArrayList<>();
        for (GroupedStats.Row r : g.rows()) {
            String name = r.key().get(0) + (split ? ", " + c.by.get(1) + " " + r.key().get(2) : "");
            if (split && !levels.contains(r.key().get(2))) {
                levels.add(r.key().get(2));
            }
            variant.putIfAbsent(name, split ? levels.indexOf(r.key().get(2)) : -1);
            owner.putIfAbsent(name, r.key().get(0));
            Summary s = r.summary();
            series.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {
                Double.parseDouble(r.key().get(1)), s.mean(), s.lo(), s.hi()});
        }
        List<CurveChart.Curve> curves = new ArrayList<>();
        series.forEach((name, pts) -> {
            pts.sort((a, b) -> Double.compare(a[0], b[0]));
            curves.add(new CurveChart.Curve(name, col(pts, 0), col(pts, 1), col(pts, 2), col(pts, 3),
                    owner.get(name), variant.get(name)));
        });
        c.chart(CurveChart.of(AnalysisContext.title(metric) + " against " + x + " (mean, 95 % band)", c.axis(x),
                AnalysisContext.words(metric), curves),
                "curve-" + metric + "-" + x);
    }

    private static void heatmaps(AnalysisContext c, String metric) {
        String x = c.by.get(0);
        String y = c.by.get(1);
        GroupedStats g = GroupedStats.of(c.tables.runs(), List.of(x, y), List.of(metric), MAX_LEVELS, c.bins, c.pooling());
        for (String strategy : c.strategies()) {
            LinkedHashSet<String> xs = new LinkedHashSet<>();
            LinkedHashSet<String> ys = new LinkedHashSet<>();
            Map<String, Double> cell = new LinkedHashMap<>();
            for (GroupedStats.Row r : g.rows()) {
                if (r.key().get(0).equals(strategy)) {
                    xs.add(r.key().get(1));
                    ys.add(r.key().get(2));
                    cell.put(r.key().get(1) + "\u0000" + r.key().get(2), r.summary().mean());
                }
            }
            List<String> xl = new ArrayList<>(xs);
            List<String> yl = new ArrayList<>(ys);
            double[][] v = new double[xl.size()][yl.size()];
            for (int i = 0; i < xl.size(); i++) {
                for (int j = 0; j < yl.size(); j++) {
                    v[i][j] = cell.getOrDefault(xl.get(i) + "\u0000" + yl.get(j), Double.NaN);
                }
            }
            c.chart(HeatmapChart.of(AnalysisContext.words(metric) + ", mean: " + strategy, c.axis(x), c.axis(y), xl, yl,
                    v),
                    "heatmap-" + metric + "-" + strategy);
        }
    }

    private static boolean plottable(AnalysisContext c, String column) {
        return c.tables.runs().column(column) instanceof DoubleColumn && levels(c, column) <= MAX_LEVELS;
    }

    private static int levels(AnalysisContext c, String column) {
        return c.tables.runs().column(column).unique().size();
    }

    private static double[] col(List<double[]> rows, int i) {
        return rows.stream().mapToDouble(r -> r[i]).toArray();
    }
}
