/**
 * Estimates over runs, one of each for every command: running moments, means with Student's t
 * or Wilson intervals ({@link org.adoptsim.cli.results.stats.Estimate}), proportions, type-7 quantiles of
 * arrays and of count histograms, and the intervals of a mean over runs that are not one simple sample:
 * runs grouped by shared draws ({@link org.adoptsim.cli.results.stats.PairMeans}) or pooled from fixed
 * strata ({@link org.adoptsim.cli.results.stats.StrataMeans}). Distributions come from Apache Commons
 * Statistics; the Welford update and the histogram quantiles are written here because they must stream
 * (a run at a time, mergeable across threads) and give identical numbers at any thread count, and the
 * stratified variance with Welch–Satterthwaite's degrees of freedom is a few lines of arithmetic on
 * those moments, which no library offers over them.
 *
 * <p>May use: the JDK and Apache Commons Statistics/Math only.
 */
package org.adoptsim.cli.results.stats;
