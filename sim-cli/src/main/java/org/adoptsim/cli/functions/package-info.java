/**
 * The outputs of the functions nobody commands (docs/model.md, "Across functions"): the per-run
 * {@code FunctionsOutcome}s of a comparison summed per strategy and function ({@code FunctionsAccumulator}),
 * written as {@code functions.csv} and {@code functions-weekly.csv} ({@code FunctionsCsv}), the
 * {@code sign-off} laggard reason split by function in weekly.csv's table ({@code SignOffColumns}), and
 * the "who is holding the migration" charts ({@code FunctionsOutputs}, drawing with the chart package)
 * and terminal lines ({@code HoldingSummary}), and per strategy the few figures of functions.csv the
 * decision brief, the verdict and the reading show ({@code StrategyHolding}, read back from the folder).
 * Nothing is written or added for a scenario that declares no function.
 *
 * <p>May use: sim-core's result package, org.adoptsim.cli.results (the weekly table),
 * org.adoptsim.cli.output (atomic files, number formatting) and org.adoptsim.cli.chart. Libraries:
 * XChart through the chart package.
 */
package org.adoptsim.cli.functions;
