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
        return new ToolingRules(320, 0.3, 80, 40, 240, 160, 0.5);
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
}
