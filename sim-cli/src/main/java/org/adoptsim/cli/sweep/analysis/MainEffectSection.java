package org.adoptsim.cli.sweep.analysis;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.stats.PairMeans;
import org.adoptsim.cli.sweep.chart.CurveChart;
import org.adoptsim.cli.sweep.chart.MainEffectChart;
import org.adoptsim.cli.sweep.io.Columns;
import org.adoptsim.cli.sweep.io.SweepManifest;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Main-effect plots of sampled designs: for each metric in focus and each numeric parameter, every
 * point's mean against the parameter's value, and per strategy the mean of the points in each of
 * {@code bins} equal-count bins with its 95 % interval. Where points share draws ({@link SharedDraws}:
 * common random numbers, or a posterior's parameter sets), the point means are not independent and the
 * interval is as wide as over the bin's groups of runs that share them. A share of runs (an indicator)
 * keeps at least Wilson's band over the bin's runs (or its groups of shared runs), so a share of 0 or 1
 * at every point of a bin still has one.
 */
final class MainEffectSection {
    private MainEffectSection() {
    }

    static void run(AnalysisContext c) {
        if (c.charts == null) {
            return;
        }
        Table points = c.tables.points();
        Pooling pooling = c.pooling();
        Table runs = pooling.shared() == null ? null : c.tables.runs();
        Map<String, int[]> runsOf = new HashMap<>();
        for (String strategy : runs == null ? List.<String>of() : c.strategies()) {
            runsOf.put(strategy, runs.stringColumn(Columns.STRATEGY).isEqualTo(strategy).toArray());
        }
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
                    int[][] bins = bins(x, c.bins * 2);
                    PairMeans[] shared = runs == null ? null
                            : sharedMeans(runs, runsOf.get(strategy), pooling, metric,
                                    t.doubleColumn(Columns.POINT), bins);
                    clouds.add(new MainEffectChart.Cloud(strategy, x, y,
                            binned(strategy, x, y, bins, shared, c.tables.manifest().replicates(), m)));
                }
                c.chart(MainEffectChart.of("Main effect of " + p.label() + " on " + AnalysisContext.title(metric), c.axis(p.label()),
                        AnalysisContext.words(metric) + ", point means", clouds), "main-effect-" + metric + "-" + p.label());
            }
        }
    }

    /** The points (positions in x) of {@code count} equal-count bins of x, in order of x. */
    static int[][] bins(double[] x, int count) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        int[][] out = new int[count][];
        for (int b = 0; b < count; b++) {
            int from = (int) ((long) b * order.length / count);
            int to = (int) ((long) (b + 1) * order.length / count);
            out[b] = new int[to - from];
            for (int i = from; i < to; i++) {
                out[b][i - from] = order[i];
            }
        }
        return out;
    }

    /**
     * Each bin's mean over the points in it, with its 95 % interval from the point means, as wide as over the
     * groups of runs that share draws when {@code shared} (one per bin) is given; a share of runs widened to
     * Wilson's interval over the bin's runs ({@code runsPerPoint} at each point) or shared groups.
     */
    static CurveChart.Curve binned(String name, double[] x, double[] y, int[][] bins, PairMeans[] shared,
            long runsPerPoint, Metric metric) {
        List<double[]> rows = new ArrayList<>();
        for (int b = 0; b < bins.length; b++) {
            int[] in = bins[b];
            if (in.length == 0) {
                continue;
            }
            double[] vy = new double[in.length];
            double sx = 0;
            for (int i = 0; i < in.length; i++) {
                vy[i] = y[in[i]];
                sx += x[in[i]];
            }
            PairMeans groups = shared == null ? null : shared[b];
            Summary s = Summary.of(vy, groups == null ? m -> metric.intervalOfPointMeans(m, runsPerPoint)
                    : m -> metric.intervalOfGroups(m, groups));
            rows.add(new double[] {sx / in.length, s.mean(), s.lo(), s.hi()});
        }
        return new CurveChart.Curve(name, col(rows, 0), col(rows, 1), col(rows, 2), col(rows, 3));
    }

    /**
     * Per bin, the means of the strategy's runs at the bin's points, grouped by the draws they share
     * ({@link SharedDraws}).
     */
    private static PairMeans[] sharedMeans(Table runs, int[] strategyRuns, Pooling pooling, String metric,
            DoubleColumn pointIds, int[][] bins) {
        Map<Long, Integer> binOfPoint = new HashMap<>();
        for (int b = 0; b < bins.length; b++) {
            for (int i : bins[b]) {
                binOfPoint.put((long) pointIds.getDouble(i), b);
            }
        }
        DoubleColumn point = runs.doubleColumn(Columns.POINT);
        DoubleColumn value = runs.doubleColumn(metric);
        List<List<Integer>> byBin = new ArrayList<>();
        for (int b = 0; b < bins.length; b++) {
            byBin.add(new ArrayList<>());
        }
        for (int row : strategyRuns) {
            Integer b = binOfPoint.get((long) point.getDouble(row));
            if (b != null) {
                byBin.get(b).add(row);
            }
        }
        PairMeans[] out = new PairMeans[bins.length];
        for (int b = 0; b < bins.length; b++) {
            int[] rows = byBin.get(b).stream().mapToInt(Integer::intValue).toArray();
            out[b] = PairMeans.ofGroups(Arrays.stream(rows).mapToDouble(value::getDouble).toArray(),
                    pooling.sharedOf(rows));
        }
        return out;
    }

    private static double[] col(List<double[]> rows, int i) {
        return rows.stream().mapToDouble(r -> r[i]).toArray();
    }
}
