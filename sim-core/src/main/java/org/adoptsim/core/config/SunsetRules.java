package org.adoptsim.core.config;

/**
 * Step 8 of MODEL.md's week: what happens between a sunset's announcement and the shutdown.
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
        return new SunsetRules(0.1, 16, 13, 3, true, 0.3);
    }
}
