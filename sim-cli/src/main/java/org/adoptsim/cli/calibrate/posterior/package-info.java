/**
 * The fitted parameters and the posterior put to use: {@code FitParameter} and {@code ParameterPaths}
 * (a parameter named by its scenario path, resolved in the parsed scenario), {@code PosteriorDraws}
 * ({@code run}/{@code compare}/{@code sweep --posterior DIR}: one joint parameter set drawn from a calibration's
 * {@code posterior.csv} per pair of replicates, written into the scenario by path) and
 * {@code VarianceSplit} (the variance of the main metrics split into parameter uncertainty and
 * simulation noise, from the pairs). Kept apart from {@code cli.calibrate} so that {@code cli.compare}
 * can use it without a package cycle.
 *
 * <p>May use: {@code org.adoptsim.cli}, {@code cli.csv}, {@code cli.yaml}, {@code cli.scenario.input},
 * {@code cli.sweep.overrides}, {@code cli.output} (the posterior file's SHA-256), {@code org.adoptsim.core.*}. Libraries: Commons RNG.
 */
package org.adoptsim.cli.calibrate.posterior;
