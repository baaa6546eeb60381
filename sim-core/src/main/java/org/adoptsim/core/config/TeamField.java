package org.adoptsim.core.config;

/**
 * The numeric team attributes a planner may know per team (docs/model.md, "Team attributes"), each
 * with the column name a teams file gives it. {@code integer} fields (proof needed, hidden
 * dependencies) are counts.
 */
public enum TeamField {
    THRESHOLD("threshold", false),
    PROOF_NEEDED("proof_needed", true),
    EFFORT("effort", false),
    CAPACITY("capacity", false),
    GAIN("gain", false),
    STAY_COST("stay_cost", false),
    HORIZON("horizon", false),
    HIDDEN_DEPS("hidden_deps", true);

    private final String column;
    private final boolean integer;

    TeamField(String column, boolean integer) {
        this.column = column;
        this.integer = integer;
    }

    /** The column name in a teams file. */
    public String column() {
        return column;
    }

    /** Whether values are whole counts. */
    public boolean integer() {
        return integer;
    }

    /** This field's distribution and valid range in {@code a}. */
    public Attribute of(TeamAttributes a) {
        return switch (this) {
            case THRESHOLD -> a.threshold();
            case PROOF_NEEDED -> a.proofNeeded();
            case EFFORT -> a.effort();
            case CAPACITY -> a.capacity();
            case GAIN -> a.gain();
            case STAY_COST -> a.stayCost();
            case HORIZON -> a.horizon();
            case HIDDEN_DEPS -> a.hiddenDeps();
        };
    }
}
