/**
 * Estimates over runs, one of each for every command: running moments, means with Student's t
 * or Wilson intervals ({@link org.adoptsim.cli.results.stats.Estimate}), proportions, type-7 quantiles of
 * arrays and of count histograms. Distributions come from Apache Commons Statistics; the Welford
 * update and the histogram quantiles are written here because they must stream (a run at a time,
 * mergeable across threads) and give identical numbers at any thread count.
 *
 * <p>May use: the JDK and Apache Commons Statistics/Math only.
 */
package org.adoptsim.cli.results.stats;
