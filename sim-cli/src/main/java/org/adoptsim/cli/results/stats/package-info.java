/**
 * Estimates over runs: running moments, proportions with their intervals, quantiles and
 * count histograms.
 *
 * <p>May use: the JDK and Apache Commons Statistics/Math only.
 */
package org.adoptsim.cli.results.stats;
