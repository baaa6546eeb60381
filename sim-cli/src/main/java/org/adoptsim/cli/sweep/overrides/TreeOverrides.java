package org.adoptsim.cli.sweep.overrides;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Strategy;

/**
 * Sets values in a parsed scenario tree by their dotted path, before the scenario loader maps it — so a
 * swept value means exactly what it would mean written in the file. Missing mappings on the way are
 * created; two rules follow the format's own defaults: a scenario without {@code strategies} gets the
 * five presets written out first (the loader's default), and a strategy written as a preset's name is
 * expanded to {@code {preset: name}} before one of its fields is set. A value replaces the node at its
 * path whole and carries the location it came from (the sweep file), so the loader's errors point there.
 * Returns new trees; the input is never modified. Stateless.
 */
public final class TreeOverrides {
    private static final String STRATEGIES = "strategies";

    private TreeOverrides() {
    }

    /** {@code root} with every override applied, in order; {@code where} says where each value came from. */
    public static YNode apply(YNode root, Map<String, Object> overrides, Map<String, SourceLocation> where) {
        YNode out = root;
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            SourceLocation at = where.getOrDefault(e.getKey(), SourceLocation.startOf("override"));
            out = set(out, e.getKey().split("\\."), 0, node(e.getValue(), at, e.getKey()), at, e.getKey());
        }
        return out;
    }

    private static YNode set(YNode node, String[] path, int depth, YNode value, SourceLocation at, String full) {
        if (depth == path.length) {
            return value;
        }
        YMap map = asMap(node, path, depth, at, full);
        String key = path[depth];
        List<YMap.Entry> entries = new ArrayList<>(map.entries());
        int index = indexOf(entries, key);
        if (depth == 1 && path[0].equals(STRATEGIES) && index < 0) {
            throw new ScenarioException(at, full, "the scenario has no strategy '" + key + "'");
        }
        YNode child = index >= 0 ? entries.get(index).value() : YMap.of(at, List.of());
        YNode updated = set(child, path, depth + 1, value, at, full);
        YMap.Entry entry = new YMap.Entry(key, index >= 0 ? entries.get(index).keyAt() : at, updated);
        if (index >= 0) {
            entries.set(index, entry);
        } else {
            entries.add(entry);
        }
        return YMap.of(map.where(), entries);
    }

    private static YMap asMap(YNode node, String[] path, int depth, SourceLocation at, String full) {
        if (node instanceof YMap m) {
            return depth == 0 && path[0].equals(STRATEGIES) && !m.has(STRATEGIES) ? withPresets(m, at) : m;
        }
        if (depth == 2 && path[0].equals(STRATEGIES) && node instanceof YScalar s && s.kind() == YScalar.Kind.STRING) {
            return YMap.of(s.where(), List.of(new YMap.Entry("preset", s.where(), s)));
        }
        String parent = String.join(".", java.util.Arrays.copyOf(path, depth));
        throw new ScenarioException(at, full, "cannot set a field inside " + parent + ", which the scenario gives as "
                + node.describe());
    }

    private static YMap withPresets(YMap root, SourceLocation at) {
        List<YMap.Entry> presets = new ArrayList<>();
        for (Strategy s : Presets.all()) {
            presets.add(new YMap.Entry(s.name(), at, new YScalar(at, YScalar.Kind.STRING, s.name(), null)));
        }
        List<YMap.Entry> entries = new ArrayList<>(root.entries());
        entries.add(new YMap.Entry(STRATEGIES, at, YMap.of(at, presets)));
        return YMap.of(root.where(), entries);
    }

    private static int indexOf(List<YMap.Entry> entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** A plain value (Long, Double, Boolean, String, List, Map) as a located YAML node. */
    static YNode node(Object v, SourceLocation at, String path) {
        if (v instanceof Long || v instanceof Integer) {
            return new YScalar(at, YScalar.Kind.INTEGER, v.toString(), BigDecimal.valueOf(((Number) v).longValue()));
        }
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new ScenarioException(at, path, "must be a finite number, was " + d);
            }
            String text = d.toString();
            // What BigDecimal.valueOf(d) gives (it parses Double.toString(d)), without formatting d twice.
            return new YScalar(at, YScalar.Kind.FLOAT, text, new BigDecimal(text));
        }
        if (v instanceof Boolean b) {
            return new YScalar(at, YScalar.Kind.BOOLEAN, b.toString(), null);
        }
        if (v instanceof String s) {
            return new YScalar(at, YScalar.Kind.STRING, s, null);
        }
        if (v instanceof List<?> list) {
            List<YNode> items = new ArrayList<>();
            list.forEach(i -> items.add(node(i, at, path)));
            return YList.of(at, items);
        }
        if (v instanceof Map<?, ?> map) {
            List<YMap.Entry> entries = new ArrayList<>();
            map.forEach((k, x) -> entries.add(new YMap.Entry(String.valueOf(k), at, node(x, at, path + "." + k))));
            return YMap.of(at, entries);
        }
        throw new ScenarioException(at, path, "cannot be set to " + (v == null ? "nothing" : v));
    }
}
