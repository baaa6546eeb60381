/**
 * Forecasts per named team (docs/model.md, "What a run reports", per team): {@code TeamForecast}
 * accumulates sim-core's per-team outcomes over the replicates, {@code TeamsCsv} writes them as
 * {@code teams.csv}, and {@code LaggardTable} prints the teams most likely to lag; {@code FromOptions}
 * is run/compare's {@code --from state.csv --week N}. Weeks are in the
 * organisation's own calendar: a run from an observed state (scenario {@code start}) adds its week.
 *
 * <p>May use: {@code org.adoptsim.cli} (exceptions), {@code org.adoptsim.cli.output} (CSV writing,
 * number format, hashes), {@code org.adoptsim.cli.scenario} and its {@code input} (reading a state
 * file), sim-core's {@code config} and {@code result}. The median is read off a per-week histogram written here
 * rather than with a statistics library: the histogram keeps memory at weeks × teams × strategies
 * whatever the number of replicates, which a library's sample-keeping median would not.
 */
package org.adoptsim.cli.today;
