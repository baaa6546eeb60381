/**
 * {@code adoptsim optimise}: the best setting of a strategy's levers under the model's randomness. The
 * glue between a scenario file and {@code org.adoptsim.cli.decide.select}: levers named by scenario
 * path ({@link org.adoptsim.cli.decide.optimise.Lever}), candidate plans on a grid or a Latin
 * hypercube ({@link org.adoptsim.cli.decide.optimise.CandidatePlans}), runs on common random numbers
 * through the comparison's own path — the core's {@code Ensemble} and the metric catalogue of
 * {@code compare} ({@link org.adoptsim.cli.decide.optimise.CandidateRuns}) — then screening and KN,
 * a re-check of the winner on fresh seeds, and the outputs: {@code best.yaml}, {@code candidates.csv},
 * a chart. With {@code --posterior DIR} every replicate, screening, KN and the re-check alike, runs on one
 * joint parameter set drawn for it from a calibration's posterior, the same for every plan.
 *
 * <p>May use: {@code decide.select}, {@code results} (MetricCatalog, Metric), {@code results.stats} (Estimate),
 * {@code compare} (ScenarioFiles), {@code calibrate.posterior} (PosteriorDraws),
 * {@code sweep.overrides} (TreeOverrides, YamlScenarioFactory), {@code sweep.design} (LatinHypercube),
 * {@code sweep.chart} and {@code chart} (chart files), {@code yaml}, {@code output} (AtomicFile), {@code options} (the shared options),
 * {@code decide.discover}, {@code scenario} and {@code scenario.input}, the
 * top package, sim-core's {@code config}, {@code run} and {@code result}, picocli, XChart, Jackson.
 */
package org.adoptsim.cli.decide.optimise;
