package org.adoptsim.core.result;

/**
 * The entries of the hours ledger (docs/model.md, "The ledger"), all in engineer-hours: five costs and
 * one benefit. Net = {@link #GAIN} − the sum of the costs.
 */
public enum LedgerEntry {
    /** Hours teams spent migrating (hidden-dependency work included; a shutdown charges the remaining effort). */
    MIGRATION("hours_migration", true),
    /** Dual teams' toil: their stayCost plus the quarter of capacity they keep giving. */
    DUAL("hours_dual", true),
    /** The platform team's hours, every use together ({@link PlatformUse}). */
    PLATFORM("hours_platform", true),
    /** Incidents times their price in hours, by kind. */
    INCIDENTS("hours_incidents", true),
    /** stayCost of every team still on the old system (not done, not dual), ×throttleFactor while throttled. */
    STAYING("hours_staying", true),
    /** Realised benefit: gain·quality per done team-week. */
    GAIN("hours_gain", false);

    private final String label;
    private final boolean cost;

    LedgerEntry(String label, boolean cost) {
        this.label = label;
        this.cost = cost;
    }

    /** snake_case name for outputs. */
    public String label() {
        return label;
    }

    /** True for the five costs, false for the gain. */
    public boolean isCost() {
        return cost;
    }

    /** Net hours from the six entries, summed in one fixed order (every net in the project is computed here). */
    public static double net(double migration, double dual, double platform, double incidents, double staying,
            double gain) {
        return gain - (migration + dual + platform + incidents + staying);
    }
}
