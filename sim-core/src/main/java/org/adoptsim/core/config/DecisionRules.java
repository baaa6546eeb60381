package org.adoptsim.core.config;

/**
 * Step 2 and 3 of docs/model.md's week: the gates an idle team passes to become willing, and the roadmap.
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
        return builder().build();
    }

    public DecisionRules withRule(DecisionRule r, double p, double q) {
        return toBuilder().rule(r).bassP(p).bassQ(q).build();
    }

    public DecisionRules withAttention(double a) {
        return toBuilder().attention(a).build();
    }

    public DecisionRules withGates(boolean proof, boolean value) {
        return toBuilder().proofGate(proof).valueGate(value).build();
    }

    public DecisionRules withVisibility(double v) {
        return toBuilder().visibility(v).build();
    }

    public DecisionRules withRoadmap(boolean on) {
        return toBuilder().roadmap(on).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some by name. */
    public Builder toBuilder() {
        return new Builder().rule(rule).bassP(bassP).bassQ(bassQ).attention(attention).stableWeeks(stableWeeks)
                .proofGate(proofGate).valueGate(valueGate).visibility(visibility).roadmap(roadmap)
                .quarterWeeks(quarterWeeks);
    }

    /** Named construction of a {@link DecisionRules}; starts at the defaults. */
    public static final class Builder {
        private DecisionRule rule = DecisionRule.THRESHOLD;
        private double bassP = 0.01;
        private double bassQ = 0.3;
        private double attention = 0.7;
        private int stableWeeks = 8;
        private boolean proofGate = true;
        private boolean valueGate = true;
        private double visibility = 0.5;
        private boolean roadmap = true;
        private int quarterWeeks = 13;

        private Builder() {
        }

        public Builder rule(DecisionRule v) {
            rule = v;
            return this;
        }

        public Builder bassP(double v) {
            bassP = v;
            return this;
        }

        public Builder bassQ(double v) {
            bassQ = v;
            return this;
        }

        public Builder attention(double v) {
            attention = v;
            return this;
        }

        public Builder stableWeeks(int v) {
            stableWeeks = v;
            return this;
        }

        public Builder proofGate(boolean v) {
            proofGate = v;
            return this;
        }

        public Builder valueGate(boolean v) {
            valueGate = v;
            return this;
        }

        public Builder visibility(double v) {
            visibility = v;
            return this;
        }

        public Builder roadmap(boolean v) {
            roadmap = v;
            return this;
        }

        public Builder quarterWeeks(int v) {
            quarterWeeks = v;
            return this;
        }

        public DecisionRules build() {
            return new DecisionRules(rule, bassP, bassQ, attention, stableWeeks, proofGate, valueGate,
                    visibility, roadmap, quarterWeeks);
        }
    }
}
