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
        return builder().build();
    }

    public PlatformSpec withCapacity(double hours) {
        return toBuilder().capacity(hours).build();
    }

    public PlatformSpec withBlockerRate(double rate) {
        return toBuilder().blockerRate(rate).build();
    }

    public PlatformSpec withMaturity(double m) {
        return toBuilder().maturity(m).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some by name. */
    public Builder toBuilder() {
        return new Builder().capacity(capacity).maintenanceHours(maintenanceHours).dualHours(dualHours)
                .supportHours(supportHours).maturity(maturity).maturityPerMigration(maturityPerMigration)
                .maturityPerSupported(maturityPerSupported).maturityPerFix(maturityPerFix)
                .blockerRate(blockerRate).questionShare(questionShare).fixEffort(fixEffort)
                .questionHours(questionHours);
    }

    /** Named construction of a {@link PlatformSpec}; starts at the defaults. */
    public static final class Builder {
        private double capacity = 120;
        private double maintenanceHours = 20;
        private double dualHours = 2;
        private double supportHours = 8;
        private double maturity = 0.3;
        private double maturityPerMigration = 0.02;
        private double maturityPerSupported = 0.04;
        private double maturityPerFix = 0.01;
        private double blockerRate = 0.08;
        private double questionShare = 0.5;
        private Distribution fixEffort = new Distribution.LogNormal(40, 0.6);
        private double questionHours = 4;

        private Builder() {
        }

        public Builder capacity(double v) {
            capacity = v;
            return this;
        }

        public Builder maintenanceHours(double v) {
            maintenanceHours = v;
            return this;
        }

        public Builder dualHours(double v) {
            dualHours = v;
            return this;
        }

        public Builder supportHours(double v) {
            supportHours = v;
            return this;
        }

        public Builder maturity(double v) {
            maturity = v;
            return this;
        }

        public Builder maturityPerMigration(double v) {
            maturityPerMigration = v;
            return this;
        }

        public Builder maturityPerSupported(double v) {
            maturityPerSupported = v;
            return this;
        }

        public Builder maturityPerFix(double v) {
            maturityPerFix = v;
            return this;
        }

        public Builder blockerRate(double v) {
            blockerRate = v;
            return this;
        }

        public Builder questionShare(double v) {
            questionShare = v;
            return this;
        }

        public Builder fixEffort(Distribution v) {
            fixEffort = v;
            return this;
        }

        public Builder questionHours(double v) {
            questionHours = v;
            return this;
        }

        public PlatformSpec build() {
            return new PlatformSpec(capacity, maintenanceHours, dualHours, supportHours, maturity,
                    maturityPerMigration, maturityPerSupported, maturityPerFix, blockerRate, questionShare,
                    fixEffort, questionHours);
        }
    }
}
