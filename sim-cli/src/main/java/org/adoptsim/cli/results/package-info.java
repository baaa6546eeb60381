/**
 * The results model shared by every command: the one metric catalogue (snake_case names, words,
 * units, kinds, directions; {@link org.adoptsim.cli.results.MetricCatalog}), the kind that decides a
 * metric's interval ({@link org.adoptsim.cli.results.MetricKind}), the accumulators that fold runs into summary, paired and weekly tables as runs arrive, and those
 * tables.
 *
 * <p>May use: {@code results.stats}, {@code text} and sim-core's results. Nothing that writes files or
 * draws: {@code output}, {@code chart} and {@code report} read this package, never the other way round.
 */
package org.adoptsim.cli.results;
