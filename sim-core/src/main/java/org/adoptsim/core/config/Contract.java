package org.adoptsim.core.config;

/**
 * A mutual-benefit contract with one function (the seed's "we need a 2-week security review; you get
 * automated scanning that cuts review time by 40 %"): from {@code week}, after {@code hours} of
 * platform work, the function's review time is × (1 − cut) and its alignment + alignmentGain (capped at 1).
 */
public record Contract(int week, double hours, double cut, double alignmentGain) {
    public static final double DEFAULT_CUT = 0.4;
    public static final double DEFAULT_ALIGNMENT_GAIN = 0.4;

    public Contract {
        Checks.atLeast("week", week, 0);
        Checks.nonNegative("hours", hours);
        if (!(cut >= 0 && cut < 1)) {
            throw new IllegalArgumentException("cut: must be in [0, 1), was " + cut);
        }
        Checks.probability("alignmentGain", alignmentGain);
    }

    public static Contract at(int week, double hours) {
        return new Contract(week, hours, DEFAULT_CUT, DEFAULT_ALIGNMENT_GAIN);
    }
}
