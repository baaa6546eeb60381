/**
 * Calibration to history: {@code adoptsim calibrate} fits scenario parameters to an organisation's
 * migration log and keeps the uncertainty. The lasting part is pure — {@code Summaries} (what a log
 * can show, computed identically for the observed log and each simulated run), {@code AbcSmc}
 * (approximate Bayesian computation by sequential Monte Carlo with an adaptive tolerance and adaptive
 * distance weights, Prangle 2017), {@code Prior}, {@code PosteriorSummaries}, {@code Predictive} —
 * arrays and records in, records out. The glue to the engine is {@code ScenarioModel} (θ as overrides
 * of scenario paths through the sweep's scenario factory, one replicate per proposal) and
 * {@code Calibration}/{@code CalibrateCommand} (files, checkpoint, Ctrl-C, terminal).
 *
 * <p>ABC-SMC is written here because no maintained Java implementation exists (the maintained ones are
 * Python's pyABC and ABCpy and R's EasyABC); linear algebra (Cholesky) comes from Commons Math, random
 * numbers from Commons RNG, and the ordered parallel loop from sim-core's {@code OrderedWork}, so a fit
 * is byte-reproducible at any thread count.
 *
 * <p>May use: {@code org.adoptsim.cli} (errors), {@code cli.history}, {@code cli.scenario} and
 * {@code cli.yaml} (reading the scenario and priors), {@code cli.sweep.overrides} and
 * {@code cli.sweep.run} (setting paths), {@code cli.output} and {@code cli.chart} (files, charts),
 * {@code cli.console} (the Ctrl-C guard), {@code cli.options} (the shared options), {@code cli.text} and
 * {@code cli.scenario.input}, {@code cli.results.stats} (quantiles), {@code org.adoptsim.core.*}.
 * Libraries: Commons Math, Commons RNG, Jackson (the checkpoint), XChart, picocli.
 */
package org.adoptsim.cli.calibrate;
