package org.adoptsim.cli.scenario;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.scenario.shape.Problems;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/**
 * Read access to one mapping of a scenario that its shape has already checked, so values have the
 * right type; a missing key gives the caller's fallback (the core's default). {@link #build} runs a
 * core record's constructor and re-locates its {@code IllegalArgumentException("field: message")} to
 * the YAML node of that field. Immutable.
 */
public final class Fields {
    private static final Pattern CORE_MESSAGE = Pattern.compile("^([A-Za-z]+)(?:\\[(\\d+)])?: (.*)$", Pattern.DOTALL);

    private final YMap map;
    private final String path;

    public Fields(YMap map, String path) {
        this.map = map;
        this.path = path;
    }

    /** The view of {@code node}, which a shape has checked to be a mapping. */
    public static Fields of(YNode node, String path) {
        return new Fields((YMap) node, path);
    }

    public YMap map() {
        return map;
    }

    public String path() {
        return path;
    }

    public SourceLocation where() {
        return map.where();
    }

    public boolean has(String key) {
        return map.has(key);
    }

    public YNode node(String key) {
        return map.get(key);
    }

    public String pathOf(String key) {
        return Problems.join(path, key);
    }

    /** The nested mapping at {@code key}; only for keys whose shape is a mapping and that are present. */
    public Fields child(String key) {
        return new Fields((YMap) map.get(key), pathOf(key));
    }

    public double number(String key, double fallback) {
        YNode n = map.get(key);
        return n == null ? fallback : ((YScalar) n).number().doubleValue();
    }

    public int integer(String key, int fallback) {
        YNode n = map.get(key);
        return n == null ? fallback : ((YScalar) n).number().intValueExact();
    }

    public long longInteger(String key, long fallback) {
        YNode n = map.get(key);
        return n == null ? fallback : ((YScalar) n).number().longValueExact();
    }

    public boolean bool(String key, boolean fallback) {
        YNode n = map.get(key);
        return n == null ? fallback : ((YScalar) n).booleanValue();
    }

    public String text(String key, String fallback) {
        YNode n = map.get(key);
        return n == null ? fallback : ((YScalar) n).text();
    }

    /** A word value parsed by {@code parse} (the shape has checked it is one of the words). */
    public <T> T word(String key, Function<String, T> parse, T fallback) {
        YNode n = map.get(key);
        return n == null ? fallback : parse.apply(((YScalar) n).text());
    }

    /** A located error about the value at {@code key} (or the whole mapping if the key is absent). */
    public ScenarioException error(String key, String problem) {
        YNode n = map.get(key);
        return n == null ? new ScenarioException(map.where(), path, problem)
                : new ScenarioException(n.where(), pathOf(key), problem);
    }

    /** A located error about the whole mapping. */
    public ScenarioException error(String problem) {
        return new ScenarioException(map.where(), path, problem);
    }

    /** Runs a core constructor; its argument errors are reported at the field they name. */
    public <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw relocate(e);
        }
    }

    /** A number as a user would write it: {@code 10.0 -> "10"}. */
    static String plain(double v) {
        java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }

    /** Maps a core {@code "field: message"} (or {@code "field[i]: message"}) to the node of that field. */
    public ScenarioException relocate(IllegalArgumentException e) {
        String msg = String.valueOf(e.getMessage());
        Matcher m = CORE_MESSAGE.matcher(msg);
        if (!m.matches()) {
            return error(msg);
        }
        String field = m.group(1);
        YNode n = map.get(field);
        if (n == null) {
            String last = path.substring(path.lastIndexOf('.') + 1);
            return error(field.equals(last) ? m.group(3) : msg);
        }
        if (m.group(2) != null && n instanceof YList list) {
            int i = Integer.parseInt(m.group(2));
            if (i < list.size()) {
                return new ScenarioException(list.get(i).where(), pathOf(field) + "[" + i + "]", m.group(3));
            }
        }
        return new ScenarioException(n.where(), pathOf(field), m.group(3));
    }
}
