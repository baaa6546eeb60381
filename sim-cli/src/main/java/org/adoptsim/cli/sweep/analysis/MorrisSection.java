package org.adoptsim.cli.sweep.analysis;

import org.adoptsim.cli.text.TextTable;

import org.adoptsim.cli.text.Num;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.sweep.chart.MorrisChart;
import org.adoptsim.cli.sweep.chart.TornadoChart;
import org.adoptsim.cli.sweep.design.Design;
import org.adoptsim.cli.sweep.design.Designs;
import org.adoptsim.cli.sweep.design.Keys;
import org.adoptsim.cli.sweep.io.SweepManifest;
import org.adoptsim.cli.sweep.sensitivity.MorrisEffects;
import org.adoptsim.cli.sweep.sensitivity.NoiseVariance;
import org.adoptsim.cli.sweep.sensitivity.SampleVariance;
import org.adoptsim.cli.sweep.spec.DesignSpec;

/**
 * Morris statistics of every metric for every strategy ({@code morris.csv}; printed, as a tornado of μ*
 * and as the μ*–σ plane for the metrics in focus). Effects are in metric units per whole range of the
 * parameter; the noise level of one effect, from the replicates' spread, is printed beside them. A metric
 * whose point means do not vary beyond replicate noise gets no rows and says so, as {@link SobolSection} does.
 */
final class MorrisSection {
    private MorrisSection() {
    }

    static void run(AnalysisContext c) {
        SweepManifest m = c.tables.manifest();
        int k = m.parameters().size();
        DesignSpec.Morris spec = (DesignSpec.Morris) PointSeries.design(m);
        Design design = Designs.sampled(spec, k, m.rootSeed());
        List<String> labels = m.parameters().stream().map(SweepManifest.ParameterInfo::label).toList();
        List<List<String>> body = new ArrayList<>();
        for (String strategy : c.strategies()) {
            for (String metric : c.metrics) {
                PointSeries ps = PointSeries.of(c.tables.points(), strategy, metric);
                int r = Math.min(spec.trajectories(), ps.mean().length / (k + 1));
                if (!ps.complete() || r < DesignSpec.Morris.MIN_TRAJECTORIES) {
                    SobolSection.note(c, metric, strategy, ps.complete() ? r + " complete trajectories, fewer than the "
                            + DesignSpec.Morris.MIN_TRAJECTORIES + " that Morris statistics need (a --limit'ed sweep?)"
                            : "some points have no value (use a metric defined in every run, e.g. …_or_horizon)");
                    continue;
                }
                double noise = m.randomNumbers().equals("independent") ? NoiseVariance.of(ps.sd(), ps.n()) : Double.NaN;
                if (!(variance(ps.mean(), r * (k + 1)) - (Double.isNaN(noise) ? 0 : noise) > 0)) {
                    SobolSection.note(c, metric, strategy, "it does not vary beyond replicate noise across the design");
                    continue;
                }
                MorrisEffects.Result e = estimate(design, ps, k, r, Double.isNaN(noise) ? 0 : noise, c.bootstrap,
                        Keys.derive(m.rootSeed(), (strategy + "/" + metric).hashCode()));
                for (int i = 0; i < k; i++) {
                    body.add(List.of(strategy, metric, labels.get(i), f(e.mu()[i]), f(e.muStar()[i]), f(e.muStarLo()[i]),
                            f(e.muStarHi()[i]), f(e.sigma()[i]), f(Double.isNaN(noise) ? Double.NaN : e.noiseSd()[i]),
                            Integer.toString(e.effects()[i])));
                }
                if (c.focus.contains(metric)) {
                    show(c, strategy, metric, labels, e, r, spec.trajectories());
                }
            }
        }
        c.csv("morris.csv", List.of("strategy", "metric", "parameter", "mu", "mu_star", "mu_star_lo", "mu_star_hi", "sigma",
                "noise_sd", "effects"), body);
    }

    /**
     * The sample variance of the first {@code n} point means, as Sobol's V: a metric whose means vary no more
     * than the noise of one mean has no effects to tell apart, so, as for Sobol indices, it gets no rows.
     */
    static double variance(double[] mean, int n) {
        return SampleVariance.of(n, p -> mean[p]);
    }

    static MorrisEffects.Result estimate(Design design, PointSeries ps, int k, int r, double noise, int bootstrap,
            long seed) {
        double[][][] unit = new double[r][k + 1][k];
        double[][] y = new double[r][k + 1];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s <= k; s++) {
                long p = (long) t * (k + 1) + s;
                design.unit(p, unit[t][s]);
                y[t][s] = ps.mean()[(int) p];
            }
        }
        return MorrisEffects.estimate(unit, y, noise, bootstrap, seed);
    }

    private static void show(AnalysisContext c, String strategy, String metric, List<String> labels,
            MorrisEffects.Result e, int r, int trajectories) {
        c.print.println();
        double noise = e.noiseSd().length > 0 ? e.noiseSd()[0] : 0;
        String title = "Morris effects on " + metric + " for " + strategy + " (" + r + " of " + trajectories
                + " trajectories; per whole parameter range" + (noise > 0 ? "; noise sd of one effect "
                + AnalysisContext.num(noise) : "") + "; 95% CI by bootstrap):";
        List<List<String>> table = new ArrayList<>();
        Integer[] order = new Integer[labels.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(e.muStar()[y], e.muStar()[x]));
        List<TornadoChart.Bar> bars = new ArrayList<>();
        List<MorrisChart.Dot> dots = new ArrayList<>();
        for (int i : order) {
            table.add(List.of(labels.get(i), AnalysisContext.num(e.muStar()[i]), AnalysisContext.interval(e.muStarLo()[i],
                    e.muStarHi()[i]), AnalysisContext.num(e.mu()[i]), AnalysisContext.num(e.sigma()[i])));
            bars.add(new TornadoChart.Bar(c.axis(labels.get(i)), e.muStar()[i], e.muStarLo()[i], e.muStarHi()[i], e.sigma()[i],
                    Double.NaN, Double.NaN));
            dots.add(new MorrisChart.Dot(c.axis(labels.get(i)), e.muStar()[i], e.sigma()[i]));
        }
        c.print.print(new TextTable(title, List.of("parameter", "mu*", "95% CI", "mu", "sigma"),
                List.of(false, true, true, true, true), table, List.of()).toText(c.rows));
        c.chart(TornadoChart.of("Morris effects on " + AnalysisContext.title(metric) + ": " + strategy,
                AnalysisContext.words(metric) + " per parameter range",
                "μ* (mean |effect|)", "σ (spread of effects)", bars), "morris-" + metric + "-" + strategy);
        c.chart(MorrisChart.of("Morris plane of " + AnalysisContext.title(metric) + ": " + strategy,
                AnalysisContext.words(metric) + " per range", dots, noise),
                "morris-plane-" + metric + "-" + strategy);
    }

    private static String f(double v) {
        return Num.csv(v);
    }
}
