package org.adoptsim.cli.calibrate.posterior;

/**
 * One parameter to fit.
 *
 * @param name    as the user named it ({@code organisation.attributes.effort.median})
 * @param path    where it is set in the scenario tree ({@code organisation.attributes.effort.all.lognormal.median})
 * @param current the scenario's own value (for a real-valued rule it does not write, the rule's default),
 *                or NaN when the file does not write it
 */
public record FitParameter(String name, String path, double current) {
}
