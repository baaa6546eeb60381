package org.adoptsim.core.config;

/**
 * Step 8 of docs/model.md's week: what happens between a sunset's announcement and the shutdown.
 *
 * @param discoveryRate     weekly probability that each hidden dependency is found once announced
 * @param hoursPerHiddenDep extra migration hours for each hidden dependency found
 * @param throttleWeeks     weeks before shutdown the old system is throttled
 * @param throttleFactor    multiplier on stayCost while throttled (counted in every value gate)
 * @param darkPeriod        whether a dark period one week before shutdown reveals every hidden dependency
 * @param emergencyQuality  migration quality of the emergency migrations forced at shutdown
 */
public record SunsetRules(double discoveryRate, double hoursPerHiddenDep, int throttleWeeks, double throttleFactor,
        boolean darkPeriod, double emergencyQuality) {

    public SunsetRules {
        Checks.probability("discoveryRate", discoveryRate);
        Checks.nonNegative("hoursPerHiddenDep", hoursPerHiddenDep);
        Checks.atLeast("throttleWeeks", throttleWeeks, 0);
        Checks.nonNegative("throttleFactor", throttleFactor);
        Checks.probability("emergencyQuality", emergencyQuality);
    }

    public static SunsetRules defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some by name. */
    public Builder toBuilder() {
        return new Builder().discoveryRate(discoveryRate).hoursPerHiddenDep(hoursPerHiddenDep)
                .throttleWeeks(throttleWeeks).throttleFactor(throttleFactor).darkPeriod(darkPeriod)
                .emergencyQuality(emergencyQuality);
    }

    /** Named construction of a {@link SunsetRules}; starts at the defaults. */
    public static final class Builder {
        private double discoveryRate = 0.1;
        private double hoursPerHiddenDep = 16;
        private int throttleWeeks = 13;
        private double throttleFactor = 3;
        private boolean darkPeriod = true;
        private double emergencyQuality = 0.3;

        private Builder() {
        }

        public Builder discoveryRate(double v) {
            discoveryRate = v;
            return this;
        }

        public Builder hoursPerHiddenDep(double v) {
            hoursPerHiddenDep = v;
            return this;
        }

        public Builder throttleWeeks(int v) {
            throttleWeeks = v;
            return this;
        }

        public Builder throttleFactor(double v) {
            throttleFactor = v;
            return this;
        }

        public Builder darkPeriod(boolean v) {
            darkPeriod = v;
            return this;
        }

        public Builder emergencyQuality(double v) {
            emergencyQuality = v;
            return this;
        }

        public SunsetRules build() {
            return new SunsetRules(discoveryRate, hoursPerHiddenDep, throttleWeeks, throttleFactor, darkPeriod,
                    emergencyQuality);
        }
    }
}
