package org.adoptsim.core.config;

/** How an idle, aware team turns willing. */
public enum DecisionRule {
    /** Granovetter/Watts: social proof S must reach the team's threshold θ. */
    THRESHOLD,
    /** Bass: weekly hazard attention·(1 − exp(−(p + q·S))) replaces the social-proof gate (docs/model.md). */
    BASS
}
