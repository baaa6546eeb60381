package org.adoptsim.cli.calibrate.posterior;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.adoptsim.core.result.RunMetrics;
import org.adoptsim.core.result.RunResult;

/**
 * Splits the variance of the main metrics, per strategy, into parameter uncertainty and simulation
 * noise, for runs whose replicates 2k and 2k+1 share a parameter set ({@link PosteriorDraws}). By the
 * law of total variance, Var = E[Var(x | θ)] + Var(E[x | θ]); half the mean squared difference within
 * pairs estimates the first term (noise), and the rest of the total variance is parameter uncertainty.
 * Takes replicates in order as a sink; not thread-safe.
 */
public final class VarianceSplit implements Consumer<List<RunResult>> {
    private static final Map<String, ToDoubleFunction<RunMetrics>> METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("done share at the horizon", RunMetrics::finalDoneShare);
        METRICS.put("adopted share at the horizon", RunMetrics::finalAdoptedShare);
        METRICS.put("started share at the horizon", RunMetrics::finalStartedShare);
        METRICS.put("migration hours", RunMetrics::migrationHours);
    }

    private final Map<String, List<double[]>> values = new LinkedHashMap<>();

    @Override
    public void accept(List<RunResult> replicate) {
        for (RunResult r : replicate) {
            double[] v = new double[METRICS.size()];
            int k = 0;
            for (ToDoubleFunction<RunMetrics> f : METRICS.values()) {
                v[k++] = f.applyAsDouble(r.metrics());
            }
            values.computeIfAbsent(r.strategy(), s -> new ArrayList<>()).add(v);
        }
    }

    /** One split: the total variance and the share of it due to parameter uncertainty (NaN: no variance). */
    public record Split(String strategy, String metric, double variance, double parameterShare, int pairs) {
    }

    public List<Split> splits() {
        List<Split> out = new ArrayList<>();
        List<String> names = new ArrayList<>(METRICS.keySet());
        values.forEach((strategy, rows) -> {
            int pairs = rows.size() / 2;
            for (int m = 0; m < names.size(); m++) {
                double mean = 0;
                for (double[] r : rows) {
                    mean += r[m] / rows.size();
                }
                double total = 0;
                for (double[] r : rows) {
                    total += (r[m] - mean) * (r[m] - mean);
                }
                total /= Math.max(1, rows.size() - 1);
                double noise = 0;
                for (int k = 0; k < pairs; k++) {
                    double d = rows.get(2 * k)[m] - rows.get(2 * k + 1)[m];
                    noise += d * d / 2;
                }
                noise /= Math.max(1, pairs);
                boolean varies = total > 1e-12 * (1 + mean * mean);
                double share = varies && pairs > 0 ? Math.max(0, Math.min(1, 1 - noise / total)) : Double.NaN;
                out.add(new Split(strategy, names.get(m), total, share, pairs));
            }
        });
        return out;
    }

    public void print(PrintWriter out) {
        out.println("Variance with --posterior: parameter uncertainty vs simulation noise"
                + " (replicates paired on one parameter set)");
        for (Split s : splits()) {
            if (Double.isNaN(s.parameterShare())) {
                out.printf(Locale.ROOT, "  %-20s %-30s does not vary%n", s.strategy(), s.metric());
                continue;
            }
            out.printf(Locale.ROOT, "  %-20s %-30s %5.0f %% parameters, %5.0f %% noise (%d pairs)%n", s.strategy(),
                    s.metric(), s.parameterShare() * 100, (1 - s.parameterShare()) * 100, s.pairs());
        }
        out.flush();
    }
}
