/**
 * The JMH benchmarks of adoptsim and the measurements around them: one question per benchmark class,
 * the suite that runs them and writes the results table ({@link org.adoptsim.bench.Suite}), the memory
 * and CPU-time cross-checks, the behaviour fingerprint, and the export of the 100,000-team cascade for
 * the C reference in benchmarks/reference ({@link org.adoptsim.bench.CascadeReference}).
 *
 * <p>May use: {@code org.adoptsim.core.*} (the engine it measures), {@code org.adoptsim.cli.app.Main} (only
 * the command line's entry point, so a timed comparison takes the path {@code adoptsim compare} takes),
 * {@code org.adoptsim.cli.explore.ExploreSession} (only its {@code answer}, the explore server's work per
 * lever change), {@code org.adoptsim.cli.explore.Replicates} and {@code org.adoptsim.cli.scenario.ScenarioLoader}
 * (the path {@code explore} takes per change), and JMH. Nothing in the product may use this package. The report tables, the CSV parsing of JMH's own
 * results in run.sh and the timing loop of the C reference are written here because they are a few lines
 * each around JMH, which does the measuring.
 */
package org.adoptsim.bench;
