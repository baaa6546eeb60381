package org.adoptsim.core.config;

/**
 * A function no initiative owner commands (docs/model.md, "Across functions"): its board meets every
 * {@code cadenceWeeks} weeks (sessions in the weeks t with (t + 1) mod cadenceWeeks = 0), starts up to
 * {@code capacity·(0.5 + 0.5a)} reviews per session, a review lasts {@code reviewWeeks}, and a review
 * approves with probability {@code 0.5 + 0.5a}, else sends the request back with {@code reworkHours}
 * of work for the team. Built by name: {@link #builder(String)}.
 *
 * @param alignment how much the function sees its own benefit in the migration, a in [0, 1]
 */
public record CrossFunction(String name, SignOffStage stage, int cadenceWeeks, double capacity, double reviewWeeks,
        double alignment, double reworkHours, FunctionNeed need) {

    public CrossFunction {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be empty");
        }
        Checks.required("stage", stage);
        Checks.atLeast("cadenceWeeks", cadenceWeeks, 1);
        Checks.positive("capacity", capacity);
        Checks.positive("reviewWeeks", reviewWeeks);
        Checks.probability("alignment", alignment);
        Checks.nonNegative("reworkHours", reworkHours);
        Checks.required("need", need);
    }

    /** A builder at the defaults: stage switch, every 4 weeks, 2 reviews a session of 1 week, a = 0.3, 24 h rework, all teams. */
    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    public Builder toBuilder() {
        return new Builder().name(name).stage(stage).cadenceWeeks(cadenceWeeks).capacity(capacity)
                .reviewWeeks(reviewWeeks).alignment(alignment).reworkHours(reworkHours).need(need);
    }

    /** Named construction of a {@link CrossFunction}. */
    public static final class Builder {
        private String name;
        private SignOffStage stage = SignOffStage.SWITCH;
        private int cadenceWeeks = 4;
        private double capacity = 2;
        private double reviewWeeks = 1;
        private double alignment = 0.3;
        private double reworkHours = 24;
        private FunctionNeed need = FunctionNeed.ALL;

        private Builder() {
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder stage(SignOffStage v) {
            stage = v;
            return this;
        }

        public Builder cadenceWeeks(int v) {
            cadenceWeeks = v;
            return this;
        }

        public Builder capacity(double v) {
            capacity = v;
            return this;
        }

        public Builder reviewWeeks(double v) {
            reviewWeeks = v;
            return this;
        }

        public Builder alignment(double v) {
            alignment = v;
            return this;
        }

        public Builder reworkHours(double v) {
            reworkHours = v;
            return this;
        }

        public Builder need(FunctionNeed v) {
            need = v;
            return this;
        }

        public CrossFunction build() {
            return new CrossFunction(name, stage, cadenceWeeks, capacity, reviewWeeks, alignment, reworkHours, need);
        }
    }
}
