package org.adoptsim.core.config;

/**
 * When a one-off event (mandate, sunset) fires: at a week, at an honest-adoption share (read from the
 * end of the previous week), whichever comes first, or never. A negative field means "not by this".
 */
public record Trigger(int week, double share) {

    public static final Trigger NEVER = new Trigger(-1, -1);

    public Trigger {
        if (week < -1) {
            throw new IllegalArgumentException("atWeek: must be >= 0, was " + week);
        }
        if (share != -1 && !(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("atShare: must be in [0, 1], was " + share);
        }
    }

    public static Trigger atWeek(int week) {
        Checks.atLeast("atWeek", week, 0);
        return new Trigger(week, -1);
    }

    public static Trigger atShare(double share) {
        Checks.probability("atShare", share);
        return new Trigger(-1, share);
    }

    public boolean enabled() {
        return week >= 0 || share >= 0;
    }

    /** Whether it fires in {@code week}, given last week's honest (done) share. */
    public boolean firesAt(int currentWeek, double lastWeekDoneShare) {
        return (week >= 0 && currentWeek >= week) || (share >= 0 && lastWeekDoneShare >= share);
    }
}
