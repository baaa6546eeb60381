package org.adoptsim.cli.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Summarises a weighted posterior per parameter: weighted mean, 5 % and 95 % weighted quantiles, and
 * the width of that interval over the prior's. A parameter whose interval is still at least
 * {@link #UNINFORMED} of the prior's gets a plain statement that the log could not inform it — with the
 * reason when one is known (a mandate parameter under a strategy that never mandated). Pure.
 */
public final class PosteriorSummaries {
    /** Width ratio from which a parameter counts as not informed by the log (chosen). */
    public static final double UNINFORMED = 0.8;

    private PosteriorSummaries() {
    }

    /**
     * @param theta   particles × parameters, on the parameters' own scale
     * @param weights normalised weights
     * @param mandate whether the strategy the log followed has a mandate
     */
    public static List<ParameterSummary> of(Prior prior, double[][] theta, double[] weights, boolean mandate) {
        List<ParameterSummary> out = new ArrayList<>();
        for (int i = 0; i < prior.size(); i++) {
            double[] v = new double[theta.length];
            double mean = 0;
            for (int k = 0; k < theta.length; k++) {
                v[k] = theta[k][i];
                mean += weights[k] * v[k];
            }
            double q05 = AbcSmc.weightedQuantile(v, weights, 0.05);
            double q95 = AbcSmc.weightedQuantile(v, weights, 0.95);
            double[] p = prior.interval90(i);
            double ratio = (q95 - q05) / (p[1] - p[0]);
            out.add(new ParameterSummary(prior.names().get(i), mean, q05, q95, p[0], p[1], ratio,
                    note(prior.names().get(i), ratio, mandate)));
        }
        return out;
    }

    static String note(String name, double ratio, boolean mandate) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean mandateParameter = lower.contains("mandate") || lower.contains("resentment")
                || lower.contains("readinessshare") || lower.contains("sunset");
        if (mandateParameter && !mandate) {
            return "no mandate in the log: " + name + " stays at its prior";
        }
        if (ratio >= UNINFORMED) {
            return "the log barely informs " + name + ": its 90 % interval is "
                    + Math.round(ratio * 100) + " % of the prior's, so it stays close to its prior";
        }
        return "";
    }
}
