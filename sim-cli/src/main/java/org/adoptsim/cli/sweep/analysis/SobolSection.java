package org.adoptsim.cli.sweep.analysis;

import org.adoptsim.cli.text.TextTable;

import org.adoptsim.cli.text.Num;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adoptsim.cli.sweep.chart.TornadoChart;
import org.adoptsim.cli.sweep.design.Keys;
import org.adoptsim.cli.sweep.design.SaltelliDesign;
import org.adoptsim.cli.sweep.io.SweepManifest;
import org.adoptsim.cli.sweep.sensitivity.NoiseVariance;
import org.adoptsim.cli.sweep.sensitivity.SobolIndices;
import org.adoptsim.cli.sweep.spec.DesignSpec;

/**
 * Sobol indices of every metric for every strategy ({@code sobol.csv}; printed and drawn as tornado
 * charts for the metrics in focus). Works on the points' replicate means, in Saltelli row order; uses
 * the complete rows there are (a {@code --limit}ed sweep gives fewer); corrects for replicate noise when
 * the points' random numbers are independent and there are at least two replicates, and says so.
 */
final class SobolSection {
    private SobolSection() {
    }

    static void run(AnalysisContext c) {
        List<List<String>> body = new ArrayList<>();
        for (String strategy : c.strategies()) {
            for (String metric : c.metrics) {
                one(c, strategy, metric, body);
            }
        }
        c.csv("sobol.csv", List.of("strategy", "metric", "parameter", "S1", "S1_lo", "S1_hi", "ST", "ST_lo", "ST_hi",
                "variance", "noise_share", "rows"), body);
    }

    /** The indices of one metric for one strategy: rows for sobol.csv, and the table and chart if in focus. */
    private static void one(AnalysisContext c, String strategy, String metric, List<List<String>> body) {
        SweepManifest m = c.tables.manifest();
        int k = m.parameters().size();
        int samples = ((DesignSpec.Sobol) PointSeries.design(m)).samples();
        List<String> labels = m.parameters().stream().map(SweepManifest.ParameterInfo::label).toList();
        PointSeries ps = PointSeries.of(c.tables.points(), strategy, metric);
        int rows = Math.min(samples, ps.mean().length / SaltelliDesign.block(k));
        if (!ps.complete() || rows < DesignSpec.Sobol.MIN_SAMPLES) {
            note(c, metric, strategy, ps.complete() ? rows + " complete Saltelli rows, fewer than the "
                    + DesignSpec.Sobol.MIN_SAMPLES + " that indices need (a --limit'ed sweep?)"
                    : "some points have no value (use a metric defined in every run, e.g. …_or_horizon)");
            return;
        }
        boolean independent = m.randomNumbers().equals("independent");
        double noise = independent ? NoiseVariance.of(ps.sd(), ps.n()) : Double.NaN;
        double used = Double.isNaN(noise) ? 0 : noise;
        SobolIndices.Result r = estimate(ps, k, rows, used, c.bootstrap,
                Keys.derive(m.rootSeed(), (strategy + "/" + metric).hashCode()));
        if (!(r.variance() - used > 0)) {
            note(c, metric, strategy, "it does not vary beyond replicate noise across the design");
            return;
        }
        for (int i = 0; i < k; i++) {
            body.add(List.of(strategy, metric, labels.get(i), f(r.first()[i]), f(r.firstLo()[i]), f(r.firstHi()[i]),
                    f(r.total()[i]), f(r.totalLo()[i]), f(r.totalHi()[i]), f(r.variance()),
                    f(Double.isNaN(noise) ? Double.NaN : r.noiseShare()), Integer.toString(rows)));
        }
        if (c.focus.contains(metric)) {
            show(c, strategy, metric, labels, r, rows, samples, noise, independent);
        }
    }

    static SobolIndices.Result estimate(PointSeries ps, int k, int rows, double noise, int bootstrap, long seed) {
        int block = SaltelliDesign.block(k);
        double[] a = new double[rows];
        double[] b = new double[rows];
        double[][] ab = new double[k][rows];
        for (int j = 0; j < rows; j++) {
            a[j] = ps.mean()[j * block];
            b[j] = ps.mean()[j * block + 1];
            for (int i = 0; i < k; i++) {
                ab[i][j] = ps.mean()[j * block + 2 + i];
            }
        }
        return SobolIndices.estimate(a, b, ab, noise, bootstrap, seed);
    }

    private static void show(AnalysisContext c, String strategy, String metric, List<String> labels,
            SobolIndices.Result r, int rows, int samples, double noise, boolean independent) {
        c.print.println();
        String noiseText = Double.isNaN(noise)
                ? (independent ? "noise unknown (one replicate): not corrected" : "common random numbers: noise not corrected")
                : String.format(Locale.ROOT, "replicate noise %s %% of the variance, corrected",
                        AnalysisContext.num(100 * r.noiseShare()));
        String title = "Sobol indices of " + metric + " for " + strategy + " (" + rows + " of " + samples
                + " rows; " + noiseText + "; 95% CI by bootstrap):";
        List<List<String>> table = new ArrayList<>();
        List<TornadoChart.Bar> bars = new ArrayList<>();
        Integer[] order = new Integer[labels.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(r.total()[y], r.total()[x]));
        for (int i : order) {
            table.add(List.of(labels.get(i), AnalysisContext.num(r.first()[i]), AnalysisContext.interval(r.firstLo()[i],
                    r.firstHi()[i]), AnalysisContext.num(r.total()[i]), AnalysisContext.interval(r.totalLo()[i],
                    r.totalHi()[i])));
            bars.add(new TornadoChart.Bar(c.axis(labels.get(i)), r.total()[i], r.totalLo()[i], r.totalHi()[i], r.first()[i],
                    r.firstLo()[i], r.firstHi()[i]));
        }
        c.print.print(new TextTable(title, List.of("parameter", "S1", "95% CI", "ST", "95% CI"),
                List.of(false, true, true, true, true), table, List.of()).toText(c.rows));
        String warning = warning(r, noise, c.bootstrap);
        if (warning != null) {
            c.print.println(warning);
        }
        c.chart(TornadoChart.of("Sobol indices of " + AnalysisContext.title(metric) + ": " + strategy,
                "share of the variance of " + AnalysisContext.title(metric),
                "total (ST)", "first order (S1)", bars), "sobol-" + metric + "-" + strategy);
    }

    /**
     * The line that says the indices are dominated by noise, or null: when the replicate noise is above one half
     * of the variance (docs/sweeps.md), whether or not the intervals exist, or when some interval is undefined
     * because too many bootstrap resamples left no variance beyond the noise.
     */
    static String warning(SobolIndices.Result r, double noise, int bootstrap) {
        if (!Double.isNaN(noise) && r.noiseShare() > 0.5) {
            return String.format(Locale.ROOT, "  replicate noise is %s %% of the variance, above one half: the indices"
                    + " are dominated by noise; run more replicates", AnalysisContext.num(100 * r.noiseShare()));
        }
        if (bootstrap > 0 && unbounded(r)) {
            return "  no 95% CI where about 2.5 % of the bootstrap resamples or more leave no variance"
                    + " beyond replicate noise: the indices are dominated by noise; run more replicates";
        }
        return null;
    }

    /** Whether some index has a value but no interval (its bootstrap resamples were too often undefined). */
    private static boolean unbounded(SobolIndices.Result r) {
        for (int i = 0; i < r.first().length; i++) {
            if (!Double.isNaN(r.first()[i]) && (Double.isNaN(r.firstLo()[i]) || Double.isNaN(r.totalLo()[i]))) {
                return true;
            }
        }
        return false;
    }

    static void note(AnalysisContext c, String metric, String strategy, String why) {
        if (c.focus.contains(metric)) {
            c.print.println();
            c.print.println("no sensitivity indices for " + metric + " (" + strategy + "): " + why);
        }
    }

    private static String f(double v) {
        return Num.csv(v);
    }
}
