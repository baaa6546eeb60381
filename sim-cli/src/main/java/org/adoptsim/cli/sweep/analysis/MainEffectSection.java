package org.adoptsim.cli.sweep.analysis;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.sweep.chart.CurveChart;
import org.adoptsim.cli.sweep.chart.MainEffectChart;
import org.adoptsim.cli.sweep.io.SweepManifest;
import tech.tablesaw.api.Table;

/**
 * Main-effect plots of sampled designs: for each metric in focus and each numeric parameter, every
 * point's mean against the parameter's value, and per strategy the mean of the points in each of
 * {@code bins} equal-count bins with its 95 % interval.
 */
final class MainEffectSection {
    private MainEffectSection() {
    }

    static void run(AnalysisContext c) {
        if (c.charts == null) {
            return;
        }
        Table points = c.tables.points();
        for (String metric : c.focus) {
            Metric m = MetricCatalog.anyHorizon().get(metric);
            for (SweepManifest.ParameterInfo p : c.tables.manifest().parameters()) {
                if (!p.numeric()) {
                    continue;
                }
                List<MainEffectChart.Cloud> clouds = new ArrayList<>();
                for (String strategy : c.strategies()) {
                    Table t = points.where(points.stringColumn("strategy").isEqualTo(strategy));
                    double[] x = t.doubleColumn(p.label()).asDoubleArray();
                    double[] y = t.doubleColumn(metric + "_mean").asDoubleArray();
                    clouds.add(new MainEffectChart.Cloud(strategy, x, y, binned(strategy, x, y, c.bins * 2, m)));
                }
                c.chart(MainEffectChart.of("Main effect of " + p.label() + " on " + AnalysisContext.title(metric), c.axis(p.label()),
                        AnalysisContext.words(metric) + ", point means", clouds), "main-effect-" + metric + "-" + p.label());
            }
        }
    }

    static CurveChart.Curve binned(String name, double[] x, double[] y, int bins, Metric metric) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        List<double[]> rows = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            int from = (int) ((long) b * order.length / bins);
            int to = (int) ((long) (b + 1) * order.length / bins);
            double[] vy = new double[to - from];
            double sx = 0;
            for (int i = from; i < to; i++) {
                vy[i - from] = y[order[i]];
                sx += x[order[i]];
            }
            if (to > from) {
                Summary s = Summary.of(vy, metric::intervalOfMeans);
                rows.add(new double[] {sx / (to - from), s.mean(), s.lo(), s.hi()});
            }
        }
        return new CurveChart.Curve(name, col(rows, 0), col(rows, 1), col(rows, 2), col(rows, 3));
    }

    private static double[] col(List<double[]> rows, int i) {
        return rows.stream().mapToDouble(r -> r[i]).toArray();
    }
}
