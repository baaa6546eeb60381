package org.adoptsim.cli.sweep.spec;

import org.adoptsim.cli.text.Num;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/**
 * Reads the {@code parameters} mapping of a sweep file: path → values (a list, or
 * {@code {values: […]}}), {@code {range: {min, max[, steps]}}} or {@code {distribution: {type, …}}},
 * each optionally with {@code integer: true}, a {@code label} and {@code alsoSets: [paths]} (further
 * paths that take the same value). Stateless.
 */
final class ParameterReader {
    private static final Set<String> KEYS = Set.of("values", "range", "distribution", "integer", "label", "alsoSets");

    private ParameterReader() {
    }

    static List<Parameter> read(Fields top, Map<String, SourceLocation> where) {
        if (!top.has("parameters")) {
            throw new SpecException(top.where(), "parameters", "is required: name at least one parameter to vary");
        }
        Fields params = new Fields(top.node("parameters"), "parameters");
        List<Parameter> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (Map.Entry<String, YNode> e : params.entries().entrySet()) {
            String path = e.getKey();
            SourceLocation at = params.where(path);
            String field = "parameters." + path;
            SpecReader.checkPath(path, at, field);
            Parameter p = one(path, e.getValue(), at, field);
            if (!labels.add(p.label())) {
                throw new SpecException(at, field, "label '" + p.label() + "' is used by another parameter");
            }
            for (String q : p.paths()) {
                if (!paths.add(q)) {
                    throw new SpecException(at, field, "path " + q + " is set by another parameter too");
                }
            }
            where.put(field, at);
            out.add(p);
        }
        if (out.isEmpty()) {
            throw new SpecException(params.where(), "parameters", "names no parameter");
        }
        return out;
    }

    private static Parameter one(String path, YNode node, SourceLocation at, String field) {
        if (node instanceof YList s) {
            return new Parameter(path, path, levels(s, field), at);
        }
        Fields f = new Fields(node, field);
        f.allowOnly(KEYS);
        int kinds = (f.has("values") ? 1 : 0) + (f.has("range") ? 1 : 0) + (f.has("distribution") ? 1 : 0);
        if (kinds != 1) {
            throw new SpecException(at, field, "give exactly one of values, range, distribution");
        }
        boolean integer = f.bool("integer", false);
        String label = f.has("label") ? f.text("label") : path;
        Domain d;
        if (f.has("values")) {
            YNode v = f.node("values");
            if (!(v instanceof YList seq)) {
                throw new SpecException(v.where(), f.path("values"), "must be a list, not " + Fields.kind(v));
            }
            d = levels(seq, f.path("values"));
        } else if (f.has("range")) {
            d = range(new Fields(f.node("range"), f.path("range")), integer);
        } else {
            d = DistributionReader.read(new Fields(f.node("distribution"), f.path("distribution")), integer);
        }
        return new Parameter(path, label, d, alsoSets(f), at);
    }

    private static List<String> alsoSets(Fields f) {
        if (!f.has("alsoSets")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        List<YNode> items = f.list("alsoSets");
        for (int i = 0; i < items.size(); i++) {
            YNode n = items.get(i);
            String field = f.path("alsoSets") + "[" + i + "]";
            if (!(n instanceof YScalar s) || s.kind() != YScalar.Kind.STRING) {
                throw new SpecException(n.where(), field, "must be a scenario path, not " + Fields.describe(n));
            }
            SpecReader.checkPath(s.text(), n.where(), field);
            out.add(s.text());
        }
        return out;
    }

    private static Domain levels(YList seq, String field) {
        List<YNode> items = seq.items();
        List<Object> values = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            YNode n = items.get(i);
            if (!(n instanceof YScalar) || Fields.isNull(n)) {
                throw new SpecException(n.where(), field + "[" + i + "]", "must be a number, true/false or text, not "
                        + Fields.kind(n));
            }
            Object v = Fields.plain(n, field + "[" + i + "]");
            if (!seen.add(v)) {
                throw new SpecException(n.where(), field + "[" + i + "]", "value " + v + " is listed twice");
            }
            values.add(v);
        }
        if (values.isEmpty()) {
            throw new SpecException(seq.where(), field, "lists no value");
        }
        return new Domain.Levels(values);
    }

    private static Domain range(Fields r, boolean integer) {
        r.allowOnly(Set.of("min", "max", "steps"));
        double min = r.number("min");
        double max = r.number("max");
        if (!(min < max)) {
            throw new SpecException(r.where("max"), r.path("max"), "must be greater than min (" + Num.csv(min) + ")");
        }
        if (!r.has("steps")) {
            return new Domain.Range(min, max, integer);
        }
        long steps = r.integer("steps", 2, 2);
        if (steps > 100_000) {
            throw new SpecException(r.where("steps"), r.path("steps"), "must be <= 100000");
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            double v = i == steps - 1 ? max : min + (max - min) * i / (steps - 1);
            Object boxed = integer ? (Object) Math.round(v) : (Object) v;
            if (!values.isEmpty() && values.get(values.size() - 1).equals(boxed)) { // the steps only grow
                throw new SpecException(r.where("steps"), r.path("steps"), "too many steps for whole numbers between "
                        + min + " and " + max);
            }
            values.add(boxed);
        }
        return new Domain.Levels(values);
    }
}
