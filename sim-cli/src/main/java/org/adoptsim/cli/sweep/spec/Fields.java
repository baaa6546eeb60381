package org.adoptsim.cli.sweep.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed, located access to one mapping of a sweep file. Every accessor either returns a valid value
 * or throws a {@link SpecException} that names the field by its dotted path ({@code prefix.key}).
 */
final class Fields {
    private final YamlNode.Mapping map;
    private final String prefix;

    Fields(YamlNode node, String path) {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new SpecException(node.where(), path, "must be a mapping, not " + node.kind());
        }
        this.map = m;
        this.prefix = path;
    }

    String path(String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** The dotted path of this mapping itself. */
    String self() {
        return prefix;
    }

    Located where() {
        return map.where();
    }

    Located where(String key) {
        return map.keys().getOrDefault(key, map.where());
    }

    Set<String> keys() {
        return map.entries().keySet();
    }

    boolean has(String key) {
        return map.entries().containsKey(key) && !isNull(map.entries().get(key));
    }

    YamlNode node(String key) {
        YamlNode n = map.entries().get(key);
        if (n == null || isNull(n)) {
            throw new SpecException(map.where(), prefix, "'" + key + "' is required");
        }
        return n;
    }

    /** Fails on the first key not in {@code allowed}, suggesting the closest allowed one. */
    void allowOnly(Set<String> allowed) {
        for (String k : map.entries().keySet()) {
            if (!allowed.contains(k)) {
                throw new SpecException(where(k), path(k), "unknown key" + Suggest.closest(k, allowed)
                        + "; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    String text(String key) {
        YamlNode n = node(key);
        if (n instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL && !s.text().isBlank()) {
            return s.text();
        }
        throw new SpecException(n.where(), path(key), "must be text, not " + n.kind());
    }

    double number(String key) {
        return number(node(key), path(key));
    }

    double number(String key, double fallback) {
        return has(key) ? number(key) : fallback;
    }

    long integer(String key, long min, long fallback) {
        if (!has(key)) {
            return fallback;
        }
        YamlNode n = node(key);
        if (!(n instanceof YamlNode.Scalar s) || s.type() != YamlNode.ScalarType.INTEGER) {
            throw new SpecException(n.where(), path(key), "must be a whole number, not " + describe(n));
        }
        long v;
        try {
            v = Long.parseLong(s.text());
        } catch (NumberFormatException e) {
            throw new SpecException(n.where(), path(key), "is not a whole number that fits in 64 bits: " + s.text());
        }
        if (v < min) {
            throw new SpecException(n.where(), path(key), "must be >= " + min + ", was " + v);
        }
        return v;
    }

    boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        YamlNode n = node(key);
        if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        throw new SpecException(n.where(), path(key), "must be true or false, not " + describe(n));
    }

    List<YamlNode> list(String key) {
        YamlNode n = node(key);
        if (n instanceof YamlNode.Sequence s) {
            return s.items();
        }
        throw new SpecException(n.where(), path(key), "must be a list, not " + n.kind());
    }

    Map<String, YamlNode> entries() {
        return new LinkedHashMap<>(map.entries());
    }

    static double number(YamlNode n, String path) {
        if (n instanceof YamlNode.Scalar s && s.isNumber()) {
            double v = Double.parseDouble(s.text());
            if (Double.isFinite(v)) {
                return v;
            }
        }
        throw new SpecException(n.where(), path, "must be a finite number, not " + describe(n));
    }

    static String describe(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL
                ? s.kind() + " '" + s.text() + "'" : n.kind();
    }

    static boolean isNull(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL;
    }

    /** A scalar, list or mapping as plain Java values: Long, Double, Boolean, String, List, Map. */
    static Object plain(YamlNode n) {
        if (n instanceof YamlNode.Scalar s) {
            return switch (s.type()) {
                case INTEGER -> Long.parseLong(s.text());
                case FLOAT -> Double.parseDouble(s.text());
                case BOOLEAN -> Boolean.parseBoolean(s.text());
                case NULL -> null;
                case STRING -> s.text();
            };
        }
        if (n instanceof YamlNode.Sequence q) {
            List<Object> out = new ArrayList<>();
            q.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((YamlNode.Mapping) n).entries().forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }
}
