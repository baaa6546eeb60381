package org.adoptsim.cli.calibrate.posterior;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.core.result.RunResult;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * Splits the run-to-run variance of every plain metric of the catalogue, per strategy, into parameter
 * uncertainty and simulation noise, for runs whose replicates 2k and 2k+1 share one parameter set drawn
 * from the posterior ({@link PosteriorDraws}). The pairs are a balanced one-way random-effects design
 * (docs/calibration.md, "Parameter uncertainty and simulation noise"): by the law of total variance
 * Var x = Var E[x | θ] + E Var(x | θ), and with K pairs the ANOVA mean squares estimate the two terms
 * without bias, MSW = Σ (x₁ − x₂)² / 2K for the noise and (MSB − MSW) / 2 for the parameters, where
 * MSB = 2 Σ (pair mean − grand mean)² / (K − 1). The share of the parameters is the intraclass
 * correlation, with the F-based 95 % interval that is exact for normal outcomes; the mean gets the t
 * interval over the K pair means, which, unlike one over all runs, does not take a pair for two
 * independent runs. Milestones (censored)
 * and metrics read against the baseline are left out; a pair with a missing value is skipped, and an
 * unpaired last replicate (odd count, or an interrupted run) is not used. Memory is a few numbers per
 * strategy and metric, whatever the replicate count. Takes each replicate's results as a sink, in any
 * replicate order; not thread-safe.
 */
public final class VarianceSplit implements Consumer<List<RunResult>> {
    /** The metrics the terminal and the reports show; summary.csv has every plain one. */
    public static final List<String> HEADLINE = List.of("net_hours", "final_done_share", "final_adopted_share",
            "hours_migration");

    private final List<Metric> metrics;
    private final Map<String, Pairs[]> pairs = new LinkedHashMap<>();
    private final Map<String, double[]> pending = new LinkedHashMap<>();
    private final Map<String, Integer> pendingPair = new LinkedHashMap<>();

    public VarianceSplit(MetricCatalog catalog) {
        this.metrics = splittable(catalog);
    }

    /** The metrics a split covers, in catalogue order: the plain ones that need no baseline. */
    public static List<Metric> splittable(MetricCatalog catalog) {
        return catalog.compared().stream().filter(m -> !m.censored() && !m.needsBaseline()).toList();
    }

    @Override
    public void accept(List<RunResult> replicate) {
        for (RunResult r : replicate) {
            double[] v = new double[metrics.size()];
            for (int m = 0; m < v.length; m++) {
                v[m] = metrics.get(m).of(r);
            }
            Pairs[] p = pairs.computeIfAbsent(r.strategy(), s -> newPairs(metrics.size()));
            int pair = r.replicate() / 2;
            Integer waiting = pendingPair.get(r.strategy());
            if (waiting != null && waiting == pair) {
                double[] first = pending.remove(r.strategy());
                pendingPair.remove(r.strategy());
                for (int m = 0; m < v.length; m++) {
                    p[m].add(first[m], v[m]);
                }
            } else {
                pending.put(r.strategy(), v);
                pendingPair.put(r.strategy(), pair);
            }
        }
    }

    private static Pairs[] newPairs(int n) {
        Pairs[] p = new Pairs[n];
        for (int i = 0; i < n; i++) {
            p[i] = new Pairs();
        }
        return p;
    }

    /** Every strategy's split of every splittable metric, strategies in the order they arrived. */
    public List<Split> splits() {
        List<Split> out = new ArrayList<>();
        pairs.forEach((strategy, p) -> {
            for (int m = 0; m < metrics.size(); m++) {
                Split x = p[m].split(strategy, metrics.get(m).id());
                Metric metric = metrics.get(m);
                out.add(new Split(x.strategy(), x.metric(), x.pairs(), x.parameterVariance(), x.noiseVariance(),
                        x.parameterShare(), x.shareLow(), x.shareHigh(), clip(x.meanLow(), metric),
                        clip(x.meanHigh(), metric)));
            }
        });
        return out;
    }

    /** Inside the metric's range, as every interval of the catalogue (NaN stays NaN). */
    private static double clip(double v, Metric m) {
        return Double.isNaN(v) ? v : Math.max(m.min(), Math.min(m.max(), v));
    }

    /**
     * One metric's split for one strategy. {@code parameterVariance} and {@code noiseVariance} are the two
     * terms of the law of total variance in the metric's raw unit squared; {@code parameterShare} is the
     * first over their sum, with its 95 % interval; all NaN when fewer than two pairs or no variance.
     * {@code meanLow, meanHigh}: the 95 % t interval of the metric's mean over the pair means, the
     * interval that stays right when the two runs of a pair share their parameters (NaN under two pairs).
     */
    public record Split(String strategy, String metric, long pairs, double parameterVariance, double noiseVariance,
            double parameterShare, double shareLow, double shareHigh, double meanLow, double meanHigh) {
    }

    /**
     * The one-way random-effects estimator over pairs (x₁, x₂) that share a parameter set: add the pairs,
     * then read the split. Public for tests on synthetic data with a known split.
     */
    public static final class Pairs {
        private long k;
        private double mean;
        private double m2;
        private double within;

        /** One pair; skipped when either value is missing (NaN). */
        public void add(double a, double b) {
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return;
            }
            double pairMean = (a + b) / 2;
            k++;
            double d = pairMean - mean;
            mean += d / k;
            m2 += d * (pairMean - mean);
            within += (a - b) * (a - b) / 2;
        }

        public Split split(String strategy, String metric) {
            if (k < 2) {
                return new Split(strategy, metric, k, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN);
            }
            double msw = within / k;
            double msb = 2 * m2 / (k - 1);
            Estimate pairMeans = Estimate.student(k, mean, m2 / (k - 1), Estimate.LEVEL);
            double noise = msw;
            double param = Math.max(0, (msb - msw) / 2);
            double total = noise + param;
            if (!(total > 1e-12 * (1 + mean * mean))) {
                return new Split(strategy, metric, k, param, noise, Double.NaN, Double.NaN, Double.NaN, mean, mean);
            }
            double low = 0;
            double high = 1;
            if (msw > 0) {
                double f = msb / msw;
                FDistribution dist = FDistribution.of(k - 1, k);
                low = icc(f / dist.inverseSurvivalProbability(0.025));
                high = icc(f / dist.inverseCumulativeProbability(0.025));
            }
            return new Split(strategy, metric, k, param, noise, param / total, low, high, pairMeans.low(),
                    pairMeans.high());
        }

        /** The intraclass correlation for groups of two from an F ratio, inside [0, 1]. */
        private static double icc(double f) {
            return Math.max(0, Math.min(1, (f - 1) / (f + 1)));
        }
    }

    /** The headline metrics' shares on the terminal, after the comparison's own summary. */
    public void print(PrintWriter out) {
        out.println("Variance with --posterior: parameter uncertainty vs simulation noise"
                + " (replicates paired on one parameter set; every metric in summary.csv)");
        for (Split s : splits()) {
            if (!HEADLINE.contains(s.metric())) {
                continue;
            }
            if (Double.isNaN(s.parameterShare())) {
                out.printf(Locale.ROOT, "  %-20s %-20s does not vary or too few pairs%n", s.strategy(), s.metric());
                continue;
            }
            out.printf(Locale.ROOT, "  %-20s %-20s %3.0f %% parameters (95 %% interval %.0f-%.0f %%), %3.0f %% noise"
                    + " (%d pairs)%n", s.strategy(), s.metric(), s.parameterShare() * 100, s.shareLow() * 100,
                    s.shareHigh() * 100, (1 - s.parameterShare()) * 100, s.pairs());
        }
        out.flush();
    }
}
