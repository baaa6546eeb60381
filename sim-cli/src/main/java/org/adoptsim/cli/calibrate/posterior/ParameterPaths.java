package org.adoptsim.cli.calibrate.posterior;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.core.config.TeamAttributes;

/**
 * Finds the parameters named on {@code --fit} in a parsed scenario: a dotted path to a number
 * ({@code rules.decisions.attention}), or the short form {@code organisation.attributes.NAME.FIELD}
 * for a field of the attribute's distribution for all teams ({@code organisation.attributes.effort.median}
 * is {@code organisation.attributes.effort.all.lognormal.median} when effort is lognormal). A path the
 * file does not write may still be fitted when {@code --priors} gives its range; a short form of an attribute
 * the file does not write at all is refused, since there is no distribution to set the field of. Stateless.
 */
public final class ParameterPaths {
    private static final String ATTRIBUTES = "organisation.attributes.";
    /** An attribute's own fields, written beside its distribution: {@code …effort.min} is no short form. */
    private static final List<String> CLIP = List.of("min", "max");

    private ParameterPaths() {
    }

    public static List<FitParameter> resolve(YNode root, List<String> names) {
        List<FitParameter> out = new ArrayList<>();
        for (String name : names) {
            String n = name.strip();
            if (n.isEmpty() || n.startsWith(".") || n.endsWith(".") || n.contains("..")) {
                throw new InputException("--fit: '" + name + "' is not a scenario path such as rules.decisions.attention");
            }
            if (out.stream().anyMatch(p -> p.name().equals(n))) {
                throw new InputException("--fit: '" + n + "' is named twice");
            }
            out.add(resolve(root, n));
        }
        return out;
    }

    private static FitParameter resolve(YNode root, String name) {
        YNode node = at(root, name);
        if (node != null) {
            return new FitParameter(name, name, number(node, name));
        }
        if (name.startsWith(ATTRIBUTES)) {
            String[] rest = name.substring(ATTRIBUTES.length()).split("\\.");
            if (rest.length == 2 && at(root, ATTRIBUTES + rest[0] + ".all") instanceof YMap all && all.keys().size() == 1) {
                String full = ATTRIBUTES + rest[0] + ".all." + all.keys().get(0) + "." + rest[1];
                YNode field = at(root, full);
                if (field != null) {
                    return new FitParameter(name, full, number(field, name));
                }
            }
            if (rest.length == 2 && isAttribute(rest[0]) && at(root, ATTRIBUTES + rest[0]) == null
                    && !CLIP.contains(rest[1])) {
                throw new InputException("--fit " + name + ": the scenario does not write " + ATTRIBUTES + rest[0]
                        + ", so it has no distribution whose " + rest[1] + " could be fitted; write its distribution"
                        + " there (the defaults: docs/scenario-format.md, attributes), e.g."
                        + " {all: {lognormal: {median: 360, sigma: 0.6}}} for effort");
            }
        }
        return new FitParameter(name, name, Double.NaN);
    }

    /** Whether {@code name} is one of the eight team attributes, as the scenario spells it. */
    private static boolean isAttribute(String name) {
        return Arrays.stream(TeamAttributes.class.getRecordComponents()).anyMatch(c -> c.getName().equals(name));
    }

    private static double number(YNode node, String name) {
        if (node instanceof YScalar s && s.isNumber()) {
            return s.number().doubleValue();
        }
        throw new InputException(node.where() + ": " + name + ": --fit needs a number here, the scenario gives "
                + node.describe());
    }

    /** The node at a dotted path, or null. */
    static YNode at(YNode root, String path) {
        YNode node = root;
        for (String key : path.split("\\.")) {
            if (!(node instanceof YMap m) || !m.has(key)) {
                return null;
            }
            node = m.get(key);
        }
        return node;
    }
}
