package org.adoptsim.cli.decide.optimise;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.InputException;

/**
 * One lever of a strategy: the scenario paths it sets (all to the same value: a mandate's trigger and
 * the sunset announced with it, say) and its values — a finite list (explicit, or a range with a step)
 * or a continuous range (sampled). Written on the command line as
 * {@code PATH[,PATH…]=LO:HI[:STEP]} or {@code PATH[,PATH…]=V1|V2|…}, where a value may be a list in
 * brackets ({@code [scripts,canary]|[canary,scripts]|[]}: which tools to build, in which order); every path must lie under
 * {@code strategies.NAME.} of the same strategy. Integer ends and steps give whole-number values (for a
 * sampled range, when its ends are at least 2 apart: {@code 0:1} is a share, {@code 0:12} a count).
 *
 * @param label    the first path without {@code strategies.NAME.}: the column name in candidates.csv
 * @param strategy the strategy the lever belongs to
 * @param paths    the full scenario paths set
 * @param values   the values of a finite lever, in order (Long, Double, Boolean, String or a list of
 *                 them); empty
 *                 for a continuous one
 * @param lo       lower end of a continuous lever
 * @param hi       upper end
 * @param integral whether a continuous lever takes whole numbers only
 */
public record Lever(String label, String strategy, List<String> paths, List<Object> values, double lo, double hi,
        boolean integral) {

    public Lever {
        paths = List.copyOf(paths);
        values = List.copyOf(values);
    }

    public boolean finite() {
        return !values.isEmpty();
    }

    /** The value at a point {@code u ∈ [0, 1)} of the lever's range (for a finite lever, its index). */
    public Object at(double u) {
        if (finite()) {
            return values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size())));
        }
        double v = lo + u * (hi - lo);
        if (integral) {
            return Math.round(v);
        }
        return new BigDecimal(v).round(new MathContext(4)).doubleValue();
    }

    /** The numeric value of a lever value, for tables and charts (NaN for text). */
    public static double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : v instanceof Boolean b ? (b ? 1 : 0) : Double.NaN;
    }

    public static Lever parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw bad(text, "write PATH=LO:HI[:STEP] or PATH=V1|V2|...");
        }
        List<String> paths = new ArrayList<>();
        String strategy = null;
        for (String p : text.substring(0, eq).split(",")) {
            String path = p.trim();
            String[] parts = path.split("\\.");
            if (parts.length < 3 || !parts[0].equals("strategies") || parts[1].isEmpty()) {
                throw bad(text, Excerpt.quoted(path) + " is not a strategy's field (strategies.NAME.FIELD...)");
            }
            if (strategy != null && !strategy.equals(parts[1])) {
                throw bad(text, "all paths of a lever must belong to one strategy");
            }
            strategy = parts[1];
            paths.add(path);
        }
        String label = paths.get(0).substring(("strategies." + strategy + ".").length());
        String spec = text.substring(eq + 1).trim();
        if (spec.contains("|")) {
            List<Object> values = new ArrayList<>();
            for (String v : spec.split("\\|")) {
                Object value = scalar(v.trim());
                if (values.contains(value)) {
                    // the same plan twice would split the selection's chance between two copies of it
                    throw bad(text, "the value " + Excerpt.quoted(v.trim()) + " is listed twice");
                }
                values.add(value);
            }
            return new Lever(label, strategy, paths, values, Double.NaN, Double.NaN, false);
        }
        String[] r = spec.split(":");
        if (r.length < 2 || r.length > 3) {
            throw bad(text, "a range is LO:HI or LO:HI:STEP, was " + Excerpt.quoted(spec));
        }
        BigDecimal lo = decimal(text, r[0]);
        BigDecimal hi = decimal(text, r[1]);
        if (lo.compareTo(hi) >= 0) {
            throw bad(text, "LO must be below HI");
        }
        boolean integral = whole(lo) && whole(hi) && (r.length == 2 || whole(decimal(text, r[2])));
        if (r.length == 2) {
            // whole ends mean whole numbers (team counts, weeks) unless the span is too short for that to be meant
            boolean whole = integral && hi.subtract(lo).compareTo(BigDecimal.valueOf(2)) >= 0;
            return new Lever(label, strategy, paths, List.of(), lo.doubleValue(), hi.doubleValue(), whole);
        }
        BigDecimal step = decimal(text, r[2]);
        if (step.signum() <= 0) {
            throw bad(text, "STEP must be positive");
        }
        List<Object> values = new ArrayList<>();
        for (BigDecimal v = lo; v.compareTo(hi) <= 0; v = v.add(step)) {
            values.add(integral ? (Object) v.longValueExact() : (Object) v.doubleValue());
            if (values.size() > 100_000) {
                throw bad(text, "more than 100,000 values; take a larger step");
            }
        }
        return new Lever(label, strategy, paths, values, Double.NaN, Double.NaN, integral);
    }

    private static Object scalar(String v) {
        if (v.startsWith("[") && v.endsWith("]")) {
            List<Object> items = new ArrayList<>();
            String inner = v.substring(1, v.length() - 1).trim();
            if (!inner.isEmpty()) {
                for (String item : inner.split(",")) {
                    items.add(scalar(item.trim()));
                }
            }
            return List.copyOf(items);
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        try {
            BigDecimal d = new BigDecimal(v);
            return whole(d) && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0 ? (Object) d.longValueExact()
                    : (Object) d.doubleValue();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static boolean whole(BigDecimal d) {
        return d.stripTrailingZeros().scale() <= 0;
    }

    private static BigDecimal decimal(String text, String v) {
        try {
            return new BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            throw bad(text, Excerpt.quoted(v.trim()) + " is not a number");
        }
    }

    private static InputException bad(String text, String why) {
        return new InputException("--lever " + Excerpt.quoted(text) + ": " + why);
    }
}
