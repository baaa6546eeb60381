package org.adoptsim.core.config;

import java.util.List;

/**
 * Relationship liaisons: from {@code week}, {@code hoursPerWeek} of platform time per liaised function;
 * while staffed, the function's alignment drifts up by (1 − a)·min(1, w/26)/26 a week, w the weeks
 * the liaison has been in place. {@code functions} names the liaised functions (empty: all of them).
 */
public record Liaisons(int week, double hoursPerWeek, List<String> functions) {
    public static final Liaisons NONE = new Liaisons(-1, 0, List.of());
    /** Weeks for a liaison to become trusted (the seed's "over six months"). */
    public static final int TRUST_WEEKS = 26;

    public Liaisons {
        Checks.atLeast("week", week, -1);
        Checks.nonNegative("hoursPerWeek", hoursPerWeek);
        functions = List.copyOf(functions);
    }

    public static Liaisons at(int week, double hoursPerWeek) {
        return new Liaisons(week, hoursPerWeek, List.of());
    }

    public boolean enabled() {
        return week >= 0;
    }

    public boolean covers(String function) {
        return functions.isEmpty() || functions.contains(function);
    }
}
