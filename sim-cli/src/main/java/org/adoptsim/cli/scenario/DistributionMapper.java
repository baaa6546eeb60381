package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.number;

import java.util.List;
import java.util.Set;
import org.adoptsim.cli.scenario.shape.ListShape;
import org.adoptsim.cli.scenario.shape.NamedShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.OneOfShape;
import org.adoptsim.cli.scenario.shape.Shape;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.core.config.Distribution;

/**
 * Distributions: a number is a constant; otherwise a one-key mapping naming the family and its
 * parameters, written in full: {@code {uniform: {min: 18, max: 54}}}, {@code {normal: {mean, sd}}}
 * (clipped to the attribute's range), {@code {lognormal: {median, sigma}}}, {@code {beta: {alpha, beta}}},
 * {@code {poisson: {mean}}}, or {@code {values: [...]}} with one value per team.
 */
final class DistributionMapper {
    static final Set<String> FAMILIES = Set.of("uniform", "normal", "lognormal", "beta", "poisson", "values");

    /** Every form but explicit values (for quantities that are not per team). */
    static final Shape PARAMETRIC = new NamedShape("parametricDistribution", OneOfShape.of(
            "a number or a distribution: {uniform: {min, max}}, {normal: {mean, sd}}, "
                    + "{lognormal: {median, sigma}}, {beta: {alpha, beta}} or {poisson: {mean}}",
            number(),
            family("uniform", "uniform on [min, max]",
                    param("min", number(), "lower end"), param("max", number(), "upper end (>= min)")),
            family("normal", "normal, clipped to the attribute's range",
                    param("mean", number(), "mean"), param("sd", number().above(0), "standard deviation")),
            family("lognormal", "lognormal given by its median (e^mu) and the sigma of the log",
                    param("median", number().above(0), "median"),
                    param("sigma", number().above(0), "standard deviation of the logarithm")),
            family("beta", "beta on [0, 1]",
                    param("alpha", number().above(0), "first shape parameter"),
                    param("beta", number().above(0), "second shape parameter")),
            family("poisson", "Poisson counts", param("mean", number().min(0), "mean count"))));

    /** Any distribution, including explicit values. */
    static final Shape SHAPE = new NamedShape("distribution", OneOfShape.of(
            "a number or a distribution: {uniform: {min, max}}, {normal: {mean, sd}}, "
                    + "{lognormal: {median, sigma}}, {beta: {alpha, beta}}, {poisson: {mean}} "
                    + "or {values: [one per team]}",
            PARAMETRIC,
            ObjectShape.builder().description("one explicit value per team, in team order")
                    .required("values", ListShape.of(number()).nonEmpty(), "one value per team, in team order")
                    .build()));

    private DistributionMapper() {
    }

    private record Param(String name, Shape shape, String description) {
    }

    private static Param param(String name, Shape shape, String description) {
        return new Param(name, shape, description);
    }

    private static ObjectShape family(String name, String description, Param... params) {
        ObjectShape.Builder inner = ObjectShape.builder();
        for (Param p : params) {
            inner.required(p.name(), p.shape(), p.description());
        }
        return ObjectShape.builder().required(name, inner.build(), description).build();
    }

    /** Whether {@code node} is written as a distribution (a number or a one-key family mapping). */
    static boolean isDistribution(YNode node) {
        if (node instanceof YScalar) {
            return true;
        }
        return node instanceof YMap m && !m.entries().isEmpty() && FAMILIES.contains(m.entries().get(0).key());
    }

    /** Maps a node that {@link #SHAPE} has checked. */
    static Distribution map(YNode node, String path) {
        if (node instanceof YScalar s) {
            return Distribution.constant(s.number().doubleValue());
        }
        YMap.Entry e = ((YMap) node).entries().get(0);
        if (e.key().equals("values")) {
            return values((YList) e.value(), Fields.of(node, path));
        }
        Fields p = Fields.of(e.value(), Fields.of(node, path).pathOf(e.key()));
        return p.build(() -> switch (e.key()) {
            case "uniform" -> new Distribution.Uniform(p.number("min", 0), p.number("max", 0));
            case "normal" -> new Distribution.Normal(p.number("mean", 0), p.number("sd", 0));
            case "lognormal" -> new Distribution.LogNormal(p.number("median", 0), p.number("sigma", 0));
            case "beta" -> new Distribution.Beta(p.number("alpha", 0), p.number("beta", 0));
            case "poisson" -> new Distribution.Poisson(p.number("mean", 0));
            default -> throw new IllegalStateException("unchecked family " + e.key());
        });
    }

    private static Distribution values(YList list, Fields f) {
        List<YNode> items = list.items();
        double[] v = new double[items.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ((YScalar) items.get(i)).number().doubleValue();
        }
        return f.build(() -> new Distribution.Values(v));
    }
}
