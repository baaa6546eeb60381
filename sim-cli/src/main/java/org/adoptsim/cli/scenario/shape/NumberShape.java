package org.adoptsim.cli.scenario.shape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/**
 * A finite number, or a whole number ({@code 2}, {@code 2.0} and {@code 2e0} alike, as in JSON Schema),
 * with optional bounds. Integers must also fit the Java type they map to ({@code int} unless
 * {@link #asLong()}).
 */
public record NumberShape(boolean whole, boolean wide, BigDecimal min, boolean minExclusive, BigDecimal max)
        implements Shape {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /** Any finite number. */
    public static NumberShape number() {
        return new NumberShape(false, false, null, false, null);
    }

    /** A whole number that fits an {@code int}. */
    public static NumberShape integer() {
        return new NumberShape(true, false, null, false, null);
    }

    /** A copy whose integers may use the whole {@code long} range. */
    public NumberShape asLong() {
        return new NumberShape(whole, true, min, minExclusive, max);
    }

    /** Inclusive lower bound. */
    public NumberShape min(double v) {
        return new NumberShape(whole, wide, BigDecimal.valueOf(v), false, max);
    }

    /** Exclusive lower bound. */
    public NumberShape above(double v) {
        return new NumberShape(whole, wide, BigDecimal.valueOf(v), true, max);
    }

    /** Inclusive upper bound. */
    public NumberShape max(double v) {
        return new NumberShape(whole, wide, min, minExclusive, BigDecimal.valueOf(v));
    }

    /** In [0, 1]. */
    public static NumberShape probability() {
        return number().min(0).max(1);
    }

    @Override
    public boolean matches(YNode node) {
        return node instanceof YScalar s && s.isNumber();
    }

    @Override
    public void check(YNode node, String path) {
        if (!matches(node) || whole && !((YScalar) node).isIntegral()) {
            throw Problems.wrongType(node, path, expected());
        }
        YScalar s = (YScalar) node;
        BigDecimal v = s.number();
        if (!whole && !Double.isFinite(v.doubleValue())) {
            throw Problems.at(node, path, "must be a finite number, was " + s.text());
        }
        if (min != null && (minExclusive ? v.compareTo(min) <= 0 : v.compareTo(min) < 0)
                || max != null && v.compareTo(max) > 0) {
            throw Problems.at(node, path, "must be " + bounds() + ", was " + s.text());
        }
        if (whole && (v.compareTo(lowest()) < 0 || v.compareTo(highest()) > 0)) {
            // Past the Java type but within the declared bounds (or beyond an open side): the range that is
            // really accepted, the declared bound where there is one.
            throw Problems.at(node, path, "must be a whole number from " + text(lowestWhole()) + " to "
                    + text(highestWhole()) + ", was " + s.text());
        }
    }

    @Override
    public ObjectNode schema(SchemaContext ctx) {
        ObjectNode o = ctx.object().put("type", whole ? "integer" : "number");
        BigDecimal lo = whole ? lowestWhole() : min;
        BigDecimal hi = whole ? highestWhole() : max;
        if (lo != null) {
            o.put(minExclusive && !whole ? "exclusiveMinimum" : "minimum", plain(lo));
        }
        if (hi != null) {
            o.put("maximum", plain(hi));
        }
        return o;
    }

    @Override
    public String expected() {
        String noun = whole ? "a whole number" : "a number";
        String b = bounds();
        return b.isEmpty() ? noun : noun + " " + b;
    }

    private String bounds() {
        if (min != null && max != null && !minExclusive) {
            return "in [" + text(min) + ", " + text(max) + "]";
        }
        String lo = min == null ? "" : (minExclusive ? "> " : ">= ") + text(min);
        String hi = max == null ? "" : "<= " + text(max);
        return lo.isEmpty() || hi.isEmpty() ? lo + hi : lo + " and " + hi;
    }

    /**
     * The least whole number accepted: the first the declared lower bound admits (an open bound's next
     * one), or the Java type's least. With {@link #highestWhole} the one range both the error and the
     * schema give.
     */
    private BigDecimal lowestWhole() {
        if (min == null) {
            return lowest();
        }
        BigDecimal first = minExclusive ? min.setScale(0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE)
                : min.setScale(0, java.math.RoundingMode.CEILING);
        return first.max(lowest());
    }

    /** The greatest whole number accepted: the declared upper bound's, or the Java type's greatest. */
    private BigDecimal highestWhole() {
        return max == null ? highest() : max.setScale(0, java.math.RoundingMode.FLOOR).min(highest());
    }

    private BigDecimal lowest() {
        return wide ? LONG_MIN : INT_MIN;
    }

    private BigDecimal highest() {
        return wide ? LONG_MAX : INT_MAX;
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String text(BigDecimal v) {
        return plain(v).toPlainString();
    }
}
