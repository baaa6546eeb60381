package org.adoptsim.core.config;

/**
 * Step 2 and 3 of MODEL.md's week: the gates an idle team passes to become willing, and the roadmap.
 *
 * @param rule            threshold (default) or Bass hazard
 * @param bassP           Bass innovation rate per week (rule BASS)
 * @param bassQ           Bass imitation rate per week (rule BASS)
 * @param attention       weekly probability that a team whose gates all hold acts on it
 * @param stableWeeks     weeks a team must have been done to count as a stable adopter (trust gate)
 * @param proofGate       whether the trust gate (stable adopters ≥ proofNeeded) applies
 * @param valueGate       whether the value gate (payback ≤ horizon) applies
 * @param visibility      dashboard weight v of global proof when a strategy publishes one
 * @param roadmap         whether willing teams wait for the next quarter boundary
 * @param quarterWeeks    weeks per planning quarter; boundaries are multiples of it
 */
public record DecisionRules(DecisionRule rule, double bassP, double bassQ, double attention, int stableWeeks,
        boolean proofGate, boolean valueGate, double visibility, boolean roadmap, int quarterWeeks) {

    public DecisionRules {
        Checks.required("rule", rule);
        Checks.nonNegative("bassP", bassP);
        Checks.nonNegative("bassQ", bassQ);
        Checks.probability("attention", attention);
        Checks.atLeast("stableWeeks", stableWeeks, 0);
        Checks.probability("visibility", visibility);
        Checks.atLeast("quarterWeeks", quarterWeeks, 1);
    }

    public static DecisionRules defaults() {
        return new DecisionRules(DecisionRule.THRESHOLD, 0.01, 0.3, 0.7, 8, true, true, 0.5, true, 13);
    }

    public DecisionRules withRule(DecisionRule r, double p, double q) {
        return new DecisionRules(r, p, q, attention, stableWeeks, proofGate, valueGate, visibility, roadmap, quarterWeeks);
    }

    public DecisionRules withAttention(double a) {
        return new DecisionRules(rule, bassP, bassQ, a, stableWeeks, proofGate, valueGate, visibility, roadmap, quarterWeeks);
    }

    public DecisionRules withGates(boolean proof, boolean value) {
        return new DecisionRules(rule, bassP, bassQ, attention, stableWeeks, proof, value, visibility, roadmap, quarterWeeks);
    }

    public DecisionRules withVisibility(double v) {
        return new DecisionRules(rule, bassP, bassQ, attention, stableWeeks, proofGate, valueGate, v, roadmap, quarterWeeks);
    }

    public DecisionRules withRoadmap(boolean on) {
        return new DecisionRules(rule, bassP, bassQ, attention, stableWeeks, proofGate, valueGate, visibility, on, quarterWeeks);
    }
}
