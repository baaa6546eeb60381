package org.adoptsim.core.result;

/**
 * Why a team is not done yet: exactly one reason per team that is not {@code done}, each week.
 * Precedence, for an idle team: {@code UNAWARE} (has not heard of the initiative), then the decision
 * gates in the order they are checked — {@code HOLDOUT} (an unconverted holdout held by social proof:
 * ideological, not a matter of evidence) or {@code PEERS} (social proof below threshold, or the Bass
 * hazard did not fire), {@code PROOF} (too few stable adopters), {@code COST} (payback beyond
 * horizon) — and {@code ROADMAP} when every gate holds but the team did not act on it this week. For a
 * team past the decision: {@code ROADMAP} (willing, waiting for a quarter boundary),
 * {@code BLOCKED_PLATFORM} (waiting for the platform team to fix a blocker), {@code BLOCKED_DEPENDENCY}
 * (work finished, waiting for upstream teams), {@code MIGRATING}, {@code DUAL}, and {@code SIGN_OFF}
 * (willing, or work finished, waiting for a function's sign-off; which one is in
 * {@link FunctionsOutcome#waitingFor}; only with functions declared, docs/model.md "Across functions").
 */
public enum Reason {
    NONE("done"), UNAWARE("unaware"), PEERS("peers"), PROOF("proof"), COST("cost"), ROADMAP("roadmap"),
    BLOCKED_PLATFORM("blocked-platform"), BLOCKED_DEPENDENCY("blocked-dependency"), HOLDOUT("holdout"),
    MIGRATING("migrating"), DUAL("dual"), SIGN_OFF("sign-off");


    private static final Reason[] VALUES = values();
    private final String id;

    Reason(String id) {
        this.id = id;
    }

    /** The hyphenated name used in files and tables. */
    public String id() {
        return id;
    }

    public static Reason of(int ordinal) {
        return VALUES[ordinal];
    }
}
