package org.adoptsim.cli.decide.optimise;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.results.Direction;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.decide.select.ProbabilityConstraint;
import org.adoptsim.core.result.RunDetail;

/**
 * The objective and the probability constraints, resolved against the metric catalogue. Column 0 of
 * the outputs is the objective, columns 1 … c the constraints' metrics. A milestone not reached by the
 * horizon (NaN) enters the objective as the horizon + 1 week — later than any week reached — and fails
 * any constraint. Immutable.
 *
 * @param objective the metric optimised
 * @param maximise  its sense: given after a colon ({@code :max}, {@code :min}) or the metric's own direction
 * @param metrics   the output columns: objective first, then one per constraint
 * @param constraints the constraints, reading columns 1 …
 * @param texts     the constraints as written, for tables
 */
public record Target(Metric objective, boolean maximise, List<Metric> metrics, List<ProbabilityConstraint> constraints,
        List<String> texts) {

    /** {@code METRIC >= X @ P} or {@code METRIC <= X @ P}, P a share (0.9) or a percentage (90%). */
    private static final Pattern CONSTRAINT = Pattern.compile(
            "\\s*([A-Za-z0-9_]+)\\s*(>=|<=)\\s*([-+0-9.eE]+)\\s*@\\s*([0-9.]+)\\s*(%?)\\s*");

    public static Target of(MetricCatalog catalog, String objective, List<String> constraints) {
        String[] o = objective.split(":", 2);
        Metric m = metric(catalog, "--objective", o[0].trim());
        boolean max;
        if (o.length == 1) {
            max = m.direction() == Direction.HIGHER_IS_BETTER;
        } else if (o[1].trim().toLowerCase(Locale.ROOT).matches("max(imi[sz]e)?")) {
            max = true;
        } else if (o[1].trim().toLowerCase(Locale.ROOT).matches("min(imi[sz]e)?")) {
            max = false;
        } else {
            throw new InputException("--objective " + Excerpt.quoted(objective) + ": the sense after ':' must be max or min");
        }
        List<Metric> metrics = new java.util.ArrayList<>(List.of(m));
        List<ProbabilityConstraint> cs = new java.util.ArrayList<>();
        for (String c : constraints) {
            Matcher x = CONSTRAINT.matcher(c);
            if (!x.matches()) {
                throw new InputException("--constraint " + Excerpt.quoted(c) + ": write METRIC>=X@P or METRIC<=X@P, e.g."
                        + " honest_at_104>=0.95@0.9 (at least 0.95 in at least 90 % of runs)");
            }
            Metric cm = metric(catalog, "--constraint", x.group(1));
            double threshold;
            double p;
            try {
                threshold = Double.parseDouble(x.group(3));
                p = Double.parseDouble(x.group(4)) / (x.group(5).isEmpty() ? 1 : 100);
            } catch (NumberFormatException e) {
                throw new InputException("--constraint " + Excerpt.quoted(c) + ": not a number");
            }
            if (!(p > 0 && p < 1)) {
                throw new InputException("--constraint " + Excerpt.quoted(c) + ": the probability must lie strictly between 0 and 1");
            }
            metrics.add(cm);
            cs.add(new ProbabilityConstraint(metrics.size() - 1, x.group(2).equals(">="), threshold, p));
        }
        return new Target(m, max, metrics, cs, List.copyOf(constraints));
    }

    /**
     * What each run must keep for these metrics: the weekly series only when one of them reads it
     * (recording it costs time); no metric reads the teams' outcomes.
     */
    public RunDetail runDetail() {
        return metrics.stream().anyMatch(Metric::needsSeries) ? RunDetail.SERIES : RunDetail.METRICS;
    }

    /** The value of output column {@code c} for a run's metric value, censoring applied to the objective. */
    public double column(int c, double value, int weeks) {
        return c == 0 && Double.isNaN(value) && metrics.get(0).censored() ? weeks + 1 : value;
    }

    private static Metric metric(MetricCatalog catalog, String option, String id) {
        return catalog.byId(id).orElseThrow(() -> new InputException(option + ": no metric '" + id + "'; metrics are: "
                + String.join(", ", catalog.every().stream().map(Metric::id).toList())));
    }
}
