package org.adoptsim.cli.yaml;

import java.math.BigDecimal;
import org.adoptsim.cli.SourceLocation;

/**
 * A YAML scalar as the parser typed it: a quoted or plain string, an integer, a float, a boolean
 * ({@code true}/{@code false} only, as in YAML 1.2 and JSON) or null. {@code text} is the scalar as written (without quotes);
 * {@code number} is set for integers and floats only.
 */
public record YScalar(SourceLocation where, Kind kind, String text, BigDecimal number) implements YNode {

    public enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    public boolean isNumber() {
        return kind == Kind.INTEGER || kind == Kind.FLOAT;
    }

    /** Whether the value is a whole number (an integer, or a float such as 2.0 or 1e3). */
    public boolean isIntegral() {
        return isNumber() && number.stripTrailingZeros().scale() <= 0;
    }

    public boolean booleanValue() {
        return kind == Kind.BOOLEAN && text.equalsIgnoreCase("true");
    }

    @Override
    public long weight() {
        return 1;
    }

    @Override
    public String describe() {
        return switch (kind) {
            case STRING -> "the text '" + shorten(text) + "'";
            case INTEGER, FLOAT -> "the number " + shorten(text);
            case BOOLEAN -> "the boolean " + text;
            case NULL -> "nothing (null)";
        };
    }

    private static String shorten(String s) {
        return org.adoptsim.cli.Excerpt.of(s.length() > 200 ? s.substring(0, 200) : s);
    }
}
