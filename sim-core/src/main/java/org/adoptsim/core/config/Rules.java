package org.adoptsim.core.config;

/** Every behavioural parameter of the model that is not a strategy lever. */
public record Rules(DecisionRules decisions, WorkRules work, PlatformSpec platform, ToolingRules tooling,
        SunsetRules sunset, AdoptionRules adoption, LedgerRules ledger, Functions functions) {

    public Rules {
        Checks.required("decisions", decisions);
        Checks.required("work", work);
        Checks.required("platform", platform);
        Checks.required("tooling", tooling);
        Checks.required("sunset", sunset);
        Checks.required("adoption", adoption);
        Checks.required("ledger", ledger);
        Checks.required("functions", functions);
    }

    /** Without functions (the cross-functional mechanism off). */
    public Rules(DecisionRules decisions, WorkRules work, PlatformSpec platform, ToolingRules tooling,
            SunsetRules sunset, AdoptionRules adoption, LedgerRules ledger) {
        this(decisions, work, platform, tooling, sunset, adoption, ledger, Functions.NONE);
    }

    /** The first five groups as given, adoption and ledger at their defaults (for callers that set only those). */
    public Rules(DecisionRules decisions, WorkRules work, PlatformSpec platform, ToolingRules tooling,
            SunsetRules sunset) {
        this(decisions, work, platform, tooling, sunset, AdoptionRules.defaults(), LedgerRules.defaults());
    }

    public static Rules defaults() {
        return new Rules(DecisionRules.defaults(), WorkRules.defaults(), PlatformSpec.defaults(),
                ToolingRules.defaults(), SunsetRules.defaults(), AdoptionRules.defaults(), LedgerRules.defaults());
    }

    public Rules withDecisions(DecisionRules d) {
        return new Rules(d, work, platform, tooling, sunset, adoption, ledger, functions);
    }

    public Rules withWork(WorkRules w) {
        return new Rules(decisions, w, platform, tooling, sunset, adoption, ledger, functions);
    }

    public Rules withPlatform(PlatformSpec p) {
        return new Rules(decisions, work, p, tooling, sunset, adoption, ledger, functions);
    }

    public Rules withTooling(ToolingRules t) {
        return new Rules(decisions, work, platform, t, sunset, adoption, ledger, functions);
    }

    public Rules withSunset(SunsetRules s) {
        return new Rules(decisions, work, platform, tooling, s, adoption, ledger, functions);
    }

    public Rules withAdoption(AdoptionRules a) {
        return new Rules(decisions, work, platform, tooling, sunset, a, ledger, functions);
    }

    public Rules withFunctions(Functions f) {
        return new Rules(decisions, work, platform, tooling, sunset, adoption, ledger, f);
    }

    public Rules withLedger(LedgerRules l) {
        return new Rules(decisions, work, platform, tooling, sunset, adoption, l, functions);
    }
}
