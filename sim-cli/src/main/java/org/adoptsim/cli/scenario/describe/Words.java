package org.adoptsim.cli.scenario.describe;

import java.math.BigDecimal;
import org.adoptsim.cli.text.Num;

/** Number formatting for summaries: shortest plain decimal ({@code 8}, {@code 0.5}), percentages. */
public final class Words {
    private Words() {
    }

    /** {@code 8.0 -> "8"}, {@code 0.125 -> "0.125"}, at most 6 significant digits. */
    public static String num(double v) {
        return Double.isFinite(v) ? Num.significant(v, 6) : Double.toString(v);
    }

    /** The exact decimal of {@code v} as Java prints it, without a trailing ".0": for files read back. */
    public static String exact(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** {@code 0.7 -> "70%"}. */
    public static String percent(double share) {
        return num(share * 100) + "%";
    }

    /** {@code "1 team"}, {@code "3 teams"}. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
