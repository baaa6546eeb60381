package org.adoptsim.core.config;

/**
 * Teams already done at week 0, chosen at random from the organisation's stream: an explicit count,
 * or a share of the teams (rounded) when count is 0.
 */
public record InitialAdopters(int count, double share) {

    public static final InitialAdopters NONE = new InitialAdopters(0, 0);

    public InitialAdopters {
        Checks.atLeast("count", count, 0);
        Checks.probability("share", share);
    }

    public int countFor(int teams) {
        return Math.min(teams, count > 0 ? count : (int) Math.round(share * teams));
    }
}
