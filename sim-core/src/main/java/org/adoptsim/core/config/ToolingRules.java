package org.adoptsim.core.config;

/**
 * Cost and effect of each cost-reduction tool. Hours are platform hours to build the tool.
 *
 * @param scriptsHours          migration scripts: build hours
 * @param scriptsEffortFactor   migration scripts: effort multiplier
 * @param runbooksHours         runbook templates: build hours
 * @param runbooksHoursSaved    runbook templates: hours off each team's effort (floored at 0)
 * @param shimsHours            compatibility shims: build hours (dependencies stop blocking)
 * @param canaryHours           canary environment: build hours
 * @param canaryFactor          canary environment: multiplier on blocker and post-migration incident rates
 */
public record ToolingRules(double scriptsHours, double scriptsEffortFactor, double runbooksHours,
        double runbooksHoursSaved, double shimsHours, double canaryHours, double canaryFactor) {

    public ToolingRules {
        Checks.nonNegative("scriptsHours", scriptsHours);
        Checks.probability("scriptsEffortFactor", scriptsEffortFactor);
        Checks.nonNegative("runbooksHours", runbooksHours);
        Checks.nonNegative("runbooksHoursSaved", runbooksHoursSaved);
        Checks.nonNegative("shimsHours", shimsHours);
        Checks.nonNegative("canaryHours", canaryHours);
        Checks.probability("canaryFactor", canaryFactor);
    }

    public static ToolingRules defaults() {
        return builder().build();
    }

    /** Platform hours needed to build one tool. */
    public double hours(Tool tool) {
        return switch (tool) {
            case SCRIPTS -> scriptsHours;
            case RUNBOOKS -> runbooksHours;
            case SHIMS -> shimsHours;
            case CANARY -> canaryHours;
        };
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some by name. */
    public Builder toBuilder() {
        return new Builder().scriptsHours(scriptsHours).scriptsEffortFactor(scriptsEffortFactor)
                .runbooksHours(runbooksHours).runbooksHoursSaved(runbooksHoursSaved).shimsHours(shimsHours)
                .canaryHours(canaryHours).canaryFactor(canaryFactor);
    }

    /** Named construction of a {@link ToolingRules}; starts at the defaults. */
    public static final class Builder {
        private double scriptsHours = 320;
        private double scriptsEffortFactor = 0.3;
        private double runbooksHours = 80;
        private double runbooksHoursSaved = 40;
        private double shimsHours = 240;
        private double canaryHours = 160;
        private double canaryFactor = 0.5;

        private Builder() {
        }

        public Builder scriptsHours(double v) {
            scriptsHours = v;
            return this;
        }

        public Builder scriptsEffortFactor(double v) {
            scriptsEffortFactor = v;
            return this;
        }

        public Builder runbooksHours(double v) {
            runbooksHours = v;
            return this;
        }

        public Builder runbooksHoursSaved(double v) {
            runbooksHoursSaved = v;
            return this;
        }

        public Builder shimsHours(double v) {
            shimsHours = v;
            return this;
        }

        public Builder canaryHours(double v) {
            canaryHours = v;
            return this;
        }

        public Builder canaryFactor(double v) {
            canaryFactor = v;
            return this;
        }

        public ToolingRules build() {
            return new ToolingRules(scriptsHours, scriptsEffortFactor, runbooksHours, runbooksHoursSaved,
                    shimsHours, canaryHours, canaryFactor);
        }
    }
}
