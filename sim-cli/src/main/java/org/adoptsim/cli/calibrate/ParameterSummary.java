package org.adoptsim.cli.calibrate;

/**
 * One fitted parameter's posterior in a line of {@code parameters.csv}.
 *
 * @param widthRatio the posterior's 90 % interval width over the prior's
 * @param note       a plain statement when the log barely informs the parameter, else ""
 */
public record ParameterSummary(String parameter, double mean, double q05, double q95, double priorQ05,
        double priorQ95, double widthRatio, String note) {
}
