package org.adoptsim.core.config;

/** Every behavioural parameter of the model that is not a strategy lever. */
public record Rules(DecisionRules decisions, WorkRules work, PlatformSpec platform, ToolingRules tooling,
        SunsetRules sunset) {

    public Rules {
        Checks.required("decisions", decisions);
        Checks.required("work", work);
        Checks.required("platform", platform);
        Checks.required("tooling", tooling);
        Checks.required("sunset", sunset);
    }

    public static Rules defaults() {
        return new Rules(DecisionRules.defaults(), WorkRules.defaults(), PlatformSpec.defaults(),
                ToolingRules.defaults(), SunsetRules.defaults());
    }

    public Rules withDecisions(DecisionRules d) {
        return new Rules(d, work, platform, tooling, sunset);
    }

    public Rules withWork(WorkRules w) {
        return new Rules(decisions, w, platform, tooling, sunset);
    }

    public Rules withPlatform(PlatformSpec p) {
        return new Rules(decisions, work, p, tooling, sunset);
    }

    public Rules withTooling(ToolingRules t) {
        return new Rules(decisions, work, platform, t, sunset);
    }

    public Rules withSunset(SunsetRules s) {
        return new Rules(decisions, work, platform, tooling, s);
    }
}
