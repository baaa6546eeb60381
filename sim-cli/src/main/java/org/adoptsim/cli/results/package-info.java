/**
 * The results model shared by every command: the one metric catalogue (snake_case names, words,
 * units, kinds, directions; {@link org.adoptsim.cli.results.MetricCatalog}), the kind that decides a
 * metric's interval ({@link org.adoptsim.cli.results.MetricKind}), the accumulators that fold runs into summary,
 * paired and weekly tables as runs arrive, and those tables; the verdict
 * ({@link org.adoptsim.cli.results.Verdict}: how often each strategy is best on the objective over the paired
 * replicates, counted by {@link org.adoptsim.cli.results.BestCounter}), the caveats that follow from an
 * assumption ({@link org.adoptsim.cli.results.Caveat}), and the 2×2 timing/investment decomposition of a
 * difference ({@link org.adoptsim.cli.results.Decomposition}; a factorial of four numbers per replicate is
 * arithmetic, not worth a library), and the words and units of a swept scenario path for chart axes
 * ({@link org.adoptsim.cli.results.ParameterLabels}: a table of this project's own fields, which no library
 * holds).
 *
 * <p>May use: {@code results.stats}, {@code text} and sim-core's results. Nothing that writes files or
 * draws: {@code output}, {@code chart} and {@code report} read this package, never the other way round.
 */
package org.adoptsim.cli.results;
