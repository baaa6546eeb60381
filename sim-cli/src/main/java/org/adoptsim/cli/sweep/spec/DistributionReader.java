package org.adoptsim.cli.sweep.spec;

import org.adoptsim.cli.text.Suggest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.adoptsim.cli.yaml.YNode;

/**
 * Reads a parameter's {@code distribution} in the scenario file's syntax: a one-key mapping naming the
 * family, its parameters below it — {@code {uniform: {min, max}}}, {@code {normal: {mean, sd}}},
 * {@code {lognormal: {median, sigma}}}, {@code {beta: {alpha, beta}}} — plus
 * {@code {triangular: {min, mode, max}}}, which only sweeps take; normal, lognormal and beta take
 * optional {@code min}/{@code max} beside their parameters that truncate them. Stateless.
 */
final class DistributionReader {
    private static final Map<String, List<String>> PARAMS = Map.of(
            "uniform", List.of("min", "max"),
            "normal", List.of("mean", "sd"),
            "lognormal", List.of("median", "sigma"),
            "beta", List.of("alpha", "beta"),
            "triangular", List.of("min", "mode", "max"));

    private DistributionReader() {
    }

    static Domain read(Fields outer, boolean integer) {
        Map<String, YNode> entries = outer.entries();
        if (entries.size() != 1) {
            throw new SpecException(outer.where(), outer.self(), "must name one family, e.g. {uniform: {min: 0, max: 1}}"
                    + " (as in a scenario file); known: beta, lognormal, normal, triangular, uniform");
        }
        String type = entries.keySet().iterator().next();
        List<String> names = PARAMS.get(type);
        if (names == null) {
            throw new SpecException(outer.where(type), outer.path(type), "unknown distribution '" + type + "'"
                    + Suggest.didYouMean(type, PARAMS.keySet()) + "; known: beta, lognormal, normal, triangular, uniform");
        }
        Fields f = new Fields(entries.get(type), outer.path(type));
        Set<String> allowed = new LinkedHashSet<>();
        allowed.addAll(names);
        boolean truncatable = !type.equals("uniform") && !type.equals("triangular");
        if (truncatable) {
            allowed.add("min");
            allowed.add("max");
        }
        f.allowOnly(allowed);
        double[] p = new double[names.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = f.number(names.get(i));
        }
        check(type, p, f);
        double lo = truncatable ? f.number("min", Double.NEGATIVE_INFINITY) : p[0];
        double hi = truncatable ? f.number("max", Double.POSITIVE_INFINITY) : p[p.length - 1];
        if (!(lo < hi)) {
            throw new SpecException(f.where("max"), f.path("max"), "must be greater than min");
        }
        Domain.Dist d = new Domain.Dist(type, p, lo, hi, integer);
        double mass = Domain.Dist.distribution(type, p).probability(lo, hi);
        if (!(mass > 1e-9)) {
            throw new SpecException(f.where(), f.self(), "min and max leave (almost) no probability");
        }
        return d;
    }

    private static void check(String type, double[] p, Fields f) {
        switch (type) {
            case "uniform" -> positiveGap(p[0], p[1], f, "max", "min");
            case "normal" -> positive(p[1], f, "sd");
            case "lognormal" -> {
                positive(p[0], f, "median");
                positive(p[1], f, "sigma");
            }
            case "beta" -> {
                positive(p[0], f, "alpha");
                positive(p[1], f, "beta");
            }
            case "triangular" -> {
                positiveGap(p[0], p[2], f, "max", "min");
                if (p[1] < p[0] || p[1] > p[2]) {
                    throw new SpecException(f.where("mode"), f.path("mode"), "must lie between min and max");
                }
            }
            default -> throw new IllegalStateException(type);
        }
    }

    private static void positive(double v, Fields f, String key) {
        if (!(v > 0)) {
            throw new SpecException(f.where(key), f.path(key), "must be > 0, was " + v);
        }
    }

    private static void positiveGap(double lo, double hi, Fields f, String key, String other) {
        if (!(hi > lo)) {
            throw new SpecException(f.where(key), f.path(key), "must be greater than " + other);
        }
    }
}
