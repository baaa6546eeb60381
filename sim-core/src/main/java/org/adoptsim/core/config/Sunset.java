package org.adoptsim.core.config;

/** A planned shutdown of the old system, {@code leadWeeks} after the announcement fires. */
public record Sunset(Trigger trigger, int leadWeeks) {

    public static final Sunset NONE = new Sunset(Trigger.NEVER, 26);

    public Sunset {
        Checks.required("trigger", trigger);
        Checks.atLeast("leadWeeks", leadWeeks, 1);
    }

    public static Sunset at(Trigger t) {
        return new Sunset(t, 26);
    }

    public boolean enabled() {
        return trigger.enabled();
    }
}
