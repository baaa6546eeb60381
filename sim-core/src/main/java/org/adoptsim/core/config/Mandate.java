package org.adoptsim.core.config;

/**
 * A mandate: when it fires, every idle or willing team must start (at the next quarter boundary, or at
 * once with executive backing). Teams that were idle get resentment; at the deadline forced teams not
 * done become dual.
 *
 * @param trigger          when it fires
 * @param deadlineWeeks    weeks from firing to the deadline
 * @param pressure         resentment pressure
 * @param executiveBacking whether forced teams start at once instead of at the next quarter boundary
 */
public record Mandate(Trigger trigger, int deadlineWeeks, double pressure, boolean executiveBacking) {

    public static final Mandate NONE = new Mandate(Trigger.NEVER, 26, 0.5, false);

    public Mandate {
        Checks.required("trigger", trigger);
        Checks.atLeast("deadlineWeeks", deadlineWeeks, 1);
        Checks.nonNegative("pressure", pressure);
    }

    public static Mandate at(Trigger t) {
        return new Mandate(t, 26, 0.5, false);
    }

    public boolean enabled() {
        return trigger.enabled();
    }

    public Mandate withDeadlineWeeks(int weeks) {
        return new Mandate(trigger, weeks, pressure, executiveBacking);
    }

    public Mandate withPressure(double p) {
        return new Mandate(trigger, deadlineWeeks, p, executiveBacking);
    }

    public Mandate withExecutiveBacking(boolean on) {
        return new Mandate(trigger, deadlineWeeks, pressure, on);
    }
}
