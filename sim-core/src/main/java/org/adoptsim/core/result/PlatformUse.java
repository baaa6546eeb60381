package org.adoptsim.core.result;

/**
 * What the platform team's hours were spent on, in its priority order (docs/model.md, steps 5 and 7).
 * The ledger's platform entry is the sum over all uses.
 */
public enum PlatformUse {
    /** Keeping the old system alive while any team uses it (base hours plus a little per dual team). */
    UPKEEP("upkeep"),
    /** Operational help asked by done teams that are not yet self-sufficient. */
    POST_MIGRATION_SUPPORT("post_migration_support"),
    /** High-touch support of migrating coalition teams. */
    COALITION_SUPPORT("coalition_support"),
    /** Fixing blockers (and questions when no office hours run). */
    BLOCKERS("blockers"),
    /** Building cost-reduction tools. */
    TOOLING("tooling"),
    /** Conversations with holdouts. */
    HOLDOUT_TALKS("holdout_talks"),
    /** Office hours. */
    OFFICE_HOURS("office_hours"),
    /** The cross-functional levers: constraint mapping, contracts, decision feeds, liaisons, pilot-first. */
    SIGN_OFF_WORK("sign_off_work");

    private final String label;

    PlatformUse(String label) {
        this.label = label;
    }

    /** snake_case name for outputs. */
    public String label() {
        return label;
    }
}
