package org.adoptsim.cli.text;

/**
 * Locale-independent number text for every table the sweep writes. Whole numbers below 10^15 print
 * without a fraction ({@code 42}); other finite values use {@link Double#toString} (shortest text
 * that reads back to the same double on Java 19+, round-trip exact on every Java); NaN and infinities
 * print as empty (missing). The same value always prints the same way, whatever the default locale.
 */
public final class NumberText {
    private static final double WHOLE_LIMIT = 1e15;

    private NumberText() {
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Appends {@link #format(double)} without creating a string for whole numbers. */
    public static void append(StringBuilder b, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return;
        }
        if (v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT) {
            b.append((long) v);
        } else {
            b.append(v);
        }
    }

    /** Reads what {@link #format} wrote; empty text is NaN. */
    public static double parse(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}
