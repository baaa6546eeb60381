package org.adoptsim.core.config;

/**
 * The prices of the hours ledger (docs/model.md, "The ledger"): what an incident costs in engineer
 * hours, by kind, and how many hours make a full-time equivalent. Build by name with
 * {@link #builder()} or {@link #toBuilder()}.
 *
 * @param incidentHours         hours per incident on the old or the new system (default 8, chosen)
 * @param plannedIncidentHours  hours per small incident in the planned dark-period window (default 2, chosen)
 * @param shutdownIncidentHours hours per hidden dependency breaking at shutdown (default 24, chosen)
 * @param hoursPerFte           engineer hours per week of one full-time equivalent (default 40, chosen)
 */
public record LedgerRules(double incidentHours, double plannedIncidentHours, double shutdownIncidentHours,
        double hoursPerFte) {

    public LedgerRules {
        Checks.nonNegative("incidentHours", incidentHours);
        Checks.nonNegative("plannedIncidentHours", plannedIncidentHours);
        Checks.nonNegative("shutdownIncidentHours", shutdownIncidentHours);
        Checks.positive("hoursPerFte", hoursPerFte);
    }

    public static LedgerRules defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().incidentHours(incidentHours).plannedIncidentHours(plannedIncidentHours)
                .shutdownIncidentHours(shutdownIncidentHours).hoursPerFte(hoursPerFte);
    }

    /** Named construction; starts at the defaults. */
    public static final class Builder {
        private double incidentHours = 8;
        private double plannedIncidentHours = 2;
        private double shutdownIncidentHours = 24;
        private double hoursPerFte = 40;

        private Builder() {
        }

        public Builder incidentHours(double v) {
            incidentHours = v;
            return this;
        }

        public Builder plannedIncidentHours(double v) {
            plannedIncidentHours = v;
            return this;
        }

        public Builder shutdownIncidentHours(double v) {
            shutdownIncidentHours = v;
            return this;
        }

        public Builder hoursPerFte(double v) {
            hoursPerFte = v;
            return this;
        }

        public LedgerRules build() {
            return new LedgerRules(incidentHours, plannedIncidentHours, shutdownIncidentHours, hoursPerFte);
        }
    }
}
