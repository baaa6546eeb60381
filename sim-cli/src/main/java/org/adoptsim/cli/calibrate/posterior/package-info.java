/**
 * The fitted parameters and the posterior put to use: {@code FitParameter} and {@code ParameterPaths}
 * (a parameter named by its scenario path, resolved in the parsed scenario), {@code RuleDefaults} (the
 * value a scenario runs with at a rules path it does not write: its default), {@code PosteriorDraws}
 * ({@code run}/{@code compare}/{@code sweep --posterior DIR}: one joint parameter set drawn from a calibration's
 * {@code posterior.csv} per pair of replicates; {@code optimise --posterior}: one per replicate; written into
 * the scenario by path), {@code VarianceSplit} (the variance of every plain metric split into parameter
 * uncertainty and simulation noise, from the pairs, by the one-way random-effects estimator: a dozen lines
 * of arithmetic over running sums, with Commons Statistics' F distribution for the interval) and
 * {@code VarianceColumns} (the split as summary.csv's last columns, written and read back). Kept apart from
 * {@code cli.calibrate} so that {@code cli.compare}, {@code cli.report} and {@code cli.decide} can use it
 * without a package cycle.
 *
 * <p>May use: {@code org.adoptsim.cli}, {@code cli.csv}, {@code cli.yaml}, {@code cli.scenario.input},
 * {@code cli.sweep.overrides}, {@code cli.output} (the posterior file's SHA-256, the manifest's posterior
 * entry, summary.csv's cells), {@code cli.results} (the metric catalogue), {@code cli.results.stats} (the
 * t interval of a mean), {@code cli.text} (numbers in files), {@code org.adoptsim.core.*}. Libraries:
 * Commons RNG, Commons Statistics.
 */
package org.adoptsim.cli.calibrate.posterior;
