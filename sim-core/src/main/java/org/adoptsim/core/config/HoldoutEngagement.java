package org.adoptsim.core.config;

/**
 * Conversations with holdouts: each costs the platform team {@code hoursPerConversation} and converts
 * the holdout to a pragmatist with {@code conversionProbability}. A holdout is talked to at most once
 * per {@code cooldownWeeks}. Engaged holdouts that are later forced resent half as much.
 */
public record HoldoutEngagement(double hoursPerConversation, double conversionProbability, int cooldownWeeks) {

    public static final HoldoutEngagement NONE = new HoldoutEngagement(0, 0, 13);

    public HoldoutEngagement {
        Checks.nonNegative("hoursPerConversation", hoursPerConversation);
        Checks.probability("conversionProbability", conversionProbability);
        Checks.atLeast("cooldownWeeks", cooldownWeeks, 1);
    }

    public static HoldoutEngagement defaults() {
        return new HoldoutEngagement(8, 0.25, 13);
    }

    public boolean enabled() {
        return hoursPerConversation > 0 || conversionProbability > 0;
    }
}
