package org.adoptsim.cli.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one number policy of adoptsim's files and tables (documented in {@code docs/outputs.md}): every CSV
 * cell, Parquet text and sweep-plan text of every command goes through {@link #csv}, tables for people
 * through {@link #fixed} and {@link #signed}, the values a later command reads back as inputs (a
 * posterior's particles) through {@link #exact}, short numbers in prose and chart labels through
 * {@link #significant} and {@link #label}. A value is rounded to {@code d}
 * decimals as {@code rint(x · 10^d)} in IEEE double arithmetic (half-even; identical on every Java 17+
 * machine), then printed in plain decimal: no exponent, no grouping, "." as separator, no negative
 * zero. Values beyond ±10^12 fall back to exact decimal rounding of {@link Double#toString}. NaN is an
 * empty cell in CSV files.
 */
public final class Num {
    /** Decimals kept in CSV files: shares and per-team-week rates keep four significant digits or more. */
    public static final int CSV_DECIMALS = 6;
    private static final double LIMIT = 1e12;
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};

    private Num() {
    }

    /** For files: up to six decimals, trailing zeros dropped; "" for NaN and the infinities (missing). */
    public static String csv(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "";
        }
        String s = format(x, CSV_DECIMALS);
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, s.charAt(end - 1) == '.' ? end - 1 : end);
    }

    /**
     * For the few values a later command reads back as inputs (a calibration's posterior.csv): the fewest
     * significant digits (at most 17) that parse back to exactly {@code x}, rounded half-even from its exact
     * binary value, in the plain form of {@link #csv} — no exponent, no trailing zeros, no negative zero;
     * "" for NaN and the infinities. Pure {@link BigDecimal} arithmetic, so the same on every Java 17+.
     */
    public static String exact(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "";
        }
        BigDecimal exact = new BigDecimal(x);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal d = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (d.doubleValue() == x) {
                return plain(d);
            }
        }
        return plain(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    /** Appends {@link #csv}{@code (x)}. */
    public static void appendCsv(StringBuilder b, double x) {
        b.append(csv(x));
    }

    /** Exactly {@code decimals} decimals (0 to 9): "25.0", "0.120"; "NaN" for NaN. */
    public static String fixed(double x, int decimals) {
        return Double.isNaN(x) ? "NaN" : format(x, decimals);
    }

    /** Like {@link #fixed} with an explicit "+" on positive values: "+12.5", "-3.0", "0.0". */
    public static String signed(double x, int decimals) {
        String s = fixed(x, decimals);
        return s.startsWith("-") || isZero(s) || s.equals("NaN") ? s : "+" + s;
    }

    /**
     * {@code x} (finite) rounded to {@code digits} significant digits, in plain decimal without trailing
     * zeros: {@code significant(1234.56, 4)} is "1235", {@code significant(0.000125, 2)} "0.00013",
     * {@code significant(1200, 4)} "1200".
     */
    public static String significant(double x, int digits) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("cannot format a value that is not finite");
        }
        return new BigDecimal(x).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /**
     * A label for a table cell or a chart tick: whole numbers below a million in full ("123456"), others
     * to {@code digits} significant digits ({@link #significant}); "" for NaN.
     */
    public static String label(double x, int digits) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e6) {
            return Long.toString((long) x);
        }
        return significant(x, digits);
    }

    /** Parses a CSV cell written by {@link #csv}; "" is NaN. */
    public static double parse(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    private static String format(double x, int decimals) {
        if (decimals < 0 || decimals >= POW10.length) {
            throw new IllegalArgumentException("decimals: 0 to 9, was " + decimals);
        }
        if (Double.isInfinite(x)) {
            throw new IllegalArgumentException("cannot format an infinite value");
        }
        if (Math.abs(x) >= LIMIT) {
            String s = new BigDecimal(Double.toString(x)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
            return isZero(s) && s.startsWith("-") ? s.substring(1) : s;
        }
        long scaled = (long) Math.rint(x * POW10[decimals]);
        StringBuilder b = new StringBuilder(24);
        if (scaled < 0) {
            b.append('-');
        }
        long abs = Math.abs(scaled);
        b.append(abs / POW10[decimals]);
        if (decimals > 0) {
            String frac = Long.toString(abs % POW10[decimals]);
            b.append('.');
            b.append("0".repeat(decimals - frac.length())).append(frac);
        }
        return b.toString();
    }

    private static boolean isZero(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
