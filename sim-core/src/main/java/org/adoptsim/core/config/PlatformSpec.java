package org.adoptsim.core.config;

/**
 * The platform team (the initiative owner) and the blockers it fixes.
 *
 * @param capacity            hours per week
 * @param maintenanceHours    hours per week keeping the old system alive while any team uses it
 * @param dualHours           extra maintenance hours per week for each dual (half-migrated) team
 * @param supportHours        hours per week of high-touch support for each migrating coalition team
 * @param maturity            starting maturity m in [0, 1]
 * @param maturityPerMigration maturity gained per completed migration
 * @param maturityPerSupported maturity gained per completed high-touch migration (instead of the above)
 * @param maturityPerFix      maturity gained per blocker fixed
 * @param blockerRate         β0: weekly blocker probability of a working team at maturity 0
 * @param questionShare       share of blockers that are only questions
 * @param fixEffort           platform hours to fix a blocker
 * @param questionHours       platform hours a question takes when no office hours run
 */
public record PlatformSpec(double capacity, double maintenanceHours, double dualHours, double supportHours,
        double maturity, double maturityPerMigration, double maturityPerSupported, double maturityPerFix,
        double blockerRate, double questionShare, Distribution fixEffort, double questionHours) {

    public PlatformSpec {
        Checks.nonNegative("capacity", capacity);
        Checks.nonNegative("maintenanceHours", maintenanceHours);
        Checks.nonNegative("dualHours", dualHours);
        Checks.nonNegative("supportHours", supportHours);
        Checks.probability("maturity", maturity);
        Checks.probability("maturityPerMigration", maturityPerMigration);
        Checks.probability("maturityPerSupported", maturityPerSupported);
        Checks.probability("maturityPerFix", maturityPerFix);
        Checks.probability("blockerRate", blockerRate);
        Checks.probability("questionShare", questionShare);
        Checks.required("fixEffort", fixEffort);
        Checks.nonNegative("questionHours", questionHours);
    }

    public static PlatformSpec defaults() {
        return new PlatformSpec(120, 20, 2, 8, 0.3, 0.02, 0.04, 0.01, 0.08, 0.5,
                new Distribution.LogNormal(40, 0.6), 4);
    }

    public PlatformSpec withCapacity(double hours) {
        return new PlatformSpec(hours, maintenanceHours, dualHours, supportHours, maturity, maturityPerMigration,
                maturityPerSupported, maturityPerFix, blockerRate, questionShare, fixEffort, questionHours);
    }

    public PlatformSpec withBlockerRate(double rate) {
        return new PlatformSpec(capacity, maintenanceHours, dualHours, supportHours, maturity, maturityPerMigration,
                maturityPerSupported, maturityPerFix, rate, questionShare, fixEffort, questionHours);
    }

    public PlatformSpec withMaturity(double m) {
        return new PlatformSpec(capacity, maintenanceHours, dualHours, supportHours, m, maturityPerMigration,
                maturityPerSupported, maturityPerFix, blockerRate, questionShare, fixEffort, questionHours);
    }
}
