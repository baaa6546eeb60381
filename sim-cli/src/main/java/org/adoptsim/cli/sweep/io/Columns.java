package org.adoptsim.cli.sweep.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.sweep.spec.Parameter;

/**
 * The fixed column order of a sweep's tables. {@code runs}: point, replicate, strategy, each
 * parameter (by label), each metric. {@code points}: point, strategy, each parameter, replicates,
 * then per metric {@code M_mean, M_sd, M_lo, M_hi} (95 % t interval of the mean) and, for metrics that
 * can be missing, {@code M_n} (replicates with a value). Immutable.
 */
public record Columns(List<String> runs, List<String> points, List<Parameter> parameters, List<Metric> metrics) {

    public static final String POINT = "point";
    public static final String REPLICATE = "replicate";
    public static final String STRATEGY = "strategy";
    public static final String REPLICATES = "replicates";

    public Columns {
        runs = List.copyOf(runs);
        points = List.copyOf(points);
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
    }

    public static Columns of(List<Parameter> parameters, List<Metric> metrics) {
        List<String> runs = new ArrayList<>(List.of(POINT, REPLICATE, STRATEGY));
        List<String> points = new ArrayList<>(List.of(POINT, STRATEGY));
        for (Parameter p : parameters) {
            runs.add(p.label());
            points.add(p.label());
        }
        points.add(REPLICATES);
        for (Metric m : metrics) {
            runs.add(m.id());
            for (String suffix : suffixes(m)) {
                points.add(m.id() + suffix);
            }
        }
        unique(runs);
        unique(points);
        return new Columns(runs, points, parameters, metrics);
    }

    /** The aggregate columns of one metric in points tables. */
    public static List<String> suffixes(Metric m) {
        return m.mayBeMissing() ? List.of("_mean", "_sd", "_lo", "_hi", "_n") : List.of("_mean", "_sd", "_lo", "_hi");
    }

    private static void unique(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new InputException("column '" + n + "' would appear twice in the output; give the parameter"
                        + " another label");
            }
        }
    }
}
