package org.adoptsim.cli.scenario.shape;

import org.adoptsim.cli.text.Suggest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/**
 * Exactly one of several forms, which must be told apart by their kind (number, text, list, mapping)
 * or, for mappings, by their first key: {@code {lognormal: {...}}} and {@code {all: ..., byArchetype: ...}}
 * are different alternatives. The alternatives are disjoint by construction, so the schema's
 * {@code oneOf} and this check pick the same one; errors come from the alternative that was picked.
 */
public record OneOfShape(String description, List<Shape> alternatives) implements Shape {

    public OneOfShape {
        alternatives = List.copyOf(alternatives);
    }

    public static OneOfShape of(String description, Shape... alternatives) {
        return new OneOfShape(description, List.of(alternatives));
    }

    @Override
    public boolean matches(YNode node) {
        return alternatives.stream().anyMatch(a -> a.matches(node));
    }

    @Override
    public void check(YNode node, String path) {
        if (node instanceof YMap map) {
            pickForMap(map, path).check(node, path);
            return;
        }
        List<Shape> fit = alternatives.stream().filter(a -> a.matches(node)).toList();
        if (node instanceof YScalar s && s.kind() == YScalar.Kind.STRING && startsWith(this, s.text())
                && fit.stream().noneMatch(a -> a instanceof EnumShape e && e.values().contains(s.text()))) {
            throw Problems.at(node, path, "'" + s.text() + "' needs its settings: write it as " + s.text()
                    + ": {...} (expected " + expected() + ")");
        }
        if (fit.isEmpty()) {
            throw Problems.wrongType(node, path, expected());
        }
        if (fit.get(0) instanceof EnumShape e && !e.values().contains(((YScalar) node).text())) {
            String text = ((YScalar) node).text();
            Set<String> words = new LinkedHashSet<>(e.values());
            words.addAll(keys(this));
            String close = Suggest.closest(text, words);
            throw Problems.at(node, path, close != null
                    ? "unknown value " + org.adoptsim.cli.Excerpt.quoted(text) + "; did you mean '" + close + "'?"
                    : "expected " + expected() + ", got " + node.describe());
        }
        fit.get(0).check(node, path);
    }

    private Shape pickForMap(YMap map, String path) {
        List<Shape> maps = alternatives.stream().filter(a -> a.matches(map)).toList();
        if (maps.isEmpty()) {
            throw Problems.wrongType(map, path, expected());
        }
        if (map.entries().isEmpty()) {
            return maps.stream().filter(OneOfShape::acceptsEmpty).findFirst()
                    .orElseThrow(() -> Problems.at(map, path, "is empty; expected " + expected()));
        }
        YMap.Entry first = map.entries().get(0);
        for (Shape a : maps) {
            if (startsWith(a, first.key())) {
                return a;
            }
        }
        if (maps.size() == 1) {
            return maps.get(0);
        }
        Set<String> all = new LinkedHashSet<>();
        maps.forEach(a -> all.addAll(keys(a)));
        throw new ScenarioException(first.keyAt(), Problems.join(path, first.key()),
                Problems.unknown("unknown field", first.key(), all));
    }

    /**
     * Whether a mapping of this shape can start with {@code key}: {@link #keys} without building the set,
     * since every mapping a scenario check meets asks it, and a sweep or a calibration checks a scenario
     * for every point or particle.
     */
    static boolean startsWith(Shape s, String key) {
        if (s instanceof ObjectShape o) {
            return o.fields().containsKey(key);
        }
        if (s instanceof NamedShape n) {
            return startsWith(n.target(), key);
        }
        return s instanceof OneOfShape one && one.alternatives().stream().anyMatch(a -> startsWith(a, key));
    }

    /** The keys a mapping of this shape can start with. */
    static Set<String> keys(Shape s) {
        Set<String> out = new LinkedHashSet<>();
        if (s instanceof ObjectShape o) {
            out.addAll(o.fields().keySet());
        } else if (s instanceof NamedShape n) {
            out.addAll(keys(n.target()));
        } else if (s instanceof OneOfShape one) {
            one.alternatives().forEach(a -> out.addAll(keys(a)));
        }
        return out;
    }

    private static boolean acceptsEmpty(Shape s) {
        if (s instanceof ObjectShape o) {
            return o.allOptional();
        }
        if (s instanceof NamedShape n) {
            return acceptsEmpty(n.target());
        }
        return s instanceof OneOfShape one && one.alternatives().stream().anyMatch(OneOfShape::acceptsEmpty);
    }

    @Override
    public ObjectNode schema(SchemaContext ctx) {
        ObjectNode o = ctx.object();
        if (description != null) {
            o.put("description", description);
        }
        ArrayNode a = o.putArray("oneOf");
        alternatives.forEach(alt -> a.add(alt.schema(ctx)));
        return o;
    }

    @Override
    public String expected() {
        if (description != null) {
            return description;
        }
        List<String> words = new ArrayList<>();
        alternatives.forEach(a -> words.add(a.expected()));
        return String.join(" or ", words);
    }
}
