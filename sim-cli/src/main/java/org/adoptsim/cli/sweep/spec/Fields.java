package org.adoptsim.cli.sweep.spec;

import org.adoptsim.cli.text.Suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/**
 * Typed, located access to one mapping of a sweep file. Every accessor either returns a valid value
 * or throws a {@link SpecException} that names the field by its dotted path ({@code prefix.key}).
 */
final class Fields {
    private final YMap map;
    private final String prefix;
    /** The map's entries by key: a lookup per key of a mapping with many keys stays linear in its size overall. */
    private final Map<String, YMap.Entry> byKey;

    Fields(YNode node, String path) {
        if (!(node instanceof YMap m)) {
            throw new SpecException(node.where(), path, "must be a mapping, not " + kind(node));
        }
        this.map = m;
        this.prefix = path;
        this.byKey = new java.util.HashMap<>();
        for (YMap.Entry e : m.entries()) {
            byKey.putIfAbsent(e.key(), e);
        }
    }

    String path(String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** The dotted path of this mapping itself. */
    String self() {
        return prefix;
    }

    SourceLocation where() {
        return map.where();
    }

    SourceLocation where(String key) {
        YMap.Entry e = byKey.get(key);
        return e == null ? map.where() : e.keyAt();
    }

    private YNode value(String key) {
        YMap.Entry e = byKey.get(key);
        return e == null ? null : e.value();
    }

    boolean has(String key) {
        YNode n = value(key);
        return n != null && !isNull(n);
    }

    YNode node(String key) {
        YNode n = value(key);
        if (n == null || isNull(n)) {
            throw new SpecException(map.where(), prefix, "'" + key + "' is required");
        }
        return n;
    }

    /** Fails on the first key not in {@code allowed}, suggesting the closest allowed one. */
    void allowOnly(Set<String> allowed) {
        for (String k : map.keys()) {
            if (!allowed.contains(k)) {
                throw new SpecException(where(k), path(k), "unknown key" + Suggest.didYouMean(k, allowed)
                        + "; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    String text(String key) {
        YNode n = node(key);
        if (n instanceof YScalar s && s.kind() != YScalar.Kind.NULL && !s.text().isBlank()) {
            return text(s);
        }
        throw new SpecException(n.where(), path(key), "must be text, not " + kind(n));
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
        YNode n = node(key);
        if (!(n instanceof YScalar s) || s.kind() != YScalar.Kind.INTEGER) {
            throw new SpecException(n.where(), path(key), "must be a whole number, not " + describe(n));
        }
        long v;
        try {
            v = s.number().longValueExact();
        } catch (ArithmeticException e) {
            throw new SpecException(n.where(), path(key), "is not a whole number that fits in 64 bits: " + text(s));
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
        YNode n = node(key);
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.BOOLEAN) {
            return s.booleanValue();
        }
        throw new SpecException(n.where(), path(key), "must be true or false, not " + describe(n));
    }

    List<YNode> list(String key) {
        YNode n = node(key);
        if (n instanceof YList l) {
            return l.items();
        }
        throw new SpecException(n.where(), path(key), "must be a list, not " + kind(n));
    }

    Map<String, YNode> entries() {
        Map<String, YNode> out = new LinkedHashMap<>();
        map.entries().forEach(e -> out.put(e.key(), e.value()));
        return out;
    }

    static double number(YNode n, String path) {
        if (n instanceof YScalar s && s.isNumber()) {
            double v = s.number().doubleValue();
            if (Double.isFinite(v)) {
                return v;
            }
        }
        throw new SpecException(n.where(), path, "must be a finite number, not " + describe(n));
    }

    /** The node's kind in the words of sweep-file messages: "a number", "text", "a list", … */
    static String kind(YNode n) {
        if (n instanceof YScalar s) {
            return switch (s.kind()) {
                case INTEGER, FLOAT -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "empty";
                case STRING -> "text";
            };
        }
        return n instanceof YList ? "a list" : "a mapping";
    }

    /** The kind, and for a scalar its value too: "a number '2.5'". */
    static String describe(YNode n) {
        return n instanceof YScalar s && s.kind() != YScalar.Kind.NULL ? kind(s) + " '" + text(s) + "'" : kind(n);
    }

    /**
     * A scalar as sweep files show it: numbers by their value as Java writes it ({@code 0x1F} as 31,
     * {@code 1e3} as 1000.0), null as "", anything else as written.
     */
    static String text(YScalar s) {
        return switch (s.kind()) {
            case INTEGER -> s.number().toBigInteger().toString();
            case FLOAT -> Double.toString(s.number().doubleValue());
            case NULL -> "";
            case STRING, BOOLEAN -> s.text();
        };
    }

    static boolean isNull(YNode n) {
        return n instanceof YScalar s && s.kind() == YScalar.Kind.NULL;
    }

    /**
     * A scalar, list or mapping as plain Java values: Long, Double, Boolean, String, List, Map;
     * {@code path} names the value in errors (a whole number beyond 64 bits).
     */
    static Object plain(YNode n, String path) {
        if (n instanceof YScalar s) {
            return switch (s.kind()) {
                case INTEGER -> wholeNumber(s, path);
                case FLOAT -> s.number().doubleValue();
                case BOOLEAN -> s.booleanValue();
                case NULL -> null;
                case STRING -> s.text();
            };
        }
        if (n instanceof YList l) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < l.items().size(); i++) {
                out.add(plain(l.items().get(i), path + "[" + i + "]"));
            }
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((YMap) n).entries().forEach(e -> out.put(e.key(), plain(e.value(), path + "." + e.key())));
        return out;
    }

    private static long wholeNumber(YScalar s, String path) {
        try {
            return s.number().longValueExact();
        } catch (ArithmeticException e) {
            throw new SpecException(s.where(), path, "the whole number " + text(s) + " is too large (at most "
                    + Long.MAX_VALUE + ")");
        }
    }
}
