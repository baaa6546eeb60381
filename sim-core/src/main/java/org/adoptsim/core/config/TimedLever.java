package org.adoptsim.core.config;

/**
 * A cross-functional lever switched on from {@code week}, costing {@code hours} of platform time
 * (once, or per week where the lever says so). {@link #NONE} is off.
 */
public record TimedLever(int week, double hours) {
    public static final TimedLever NONE = new TimedLever(-1, 0);

    public TimedLever {
        Checks.atLeast("week", week, -1);
        Checks.nonNegative("hours", hours);
    }

    public static TimedLever at(int week, double hours) {
        return new TimedLever(week, hours);
    }

    public boolean enabled() {
        return week >= 0;
    }

    /** On in week {@code t}. */
    public boolean on(int t) {
        return week >= 0 && t >= week;
    }
}
