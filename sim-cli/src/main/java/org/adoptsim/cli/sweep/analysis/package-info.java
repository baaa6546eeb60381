/**
 * What {@code analyze} computes from a sweep's tables: summaries per point and group, main
 * effects, Sobol and Morris sections, and their text tables.
 *
 * <p>May use: {@code sweep.io}, {@code sweep.spec}, {@code sweep.design}, {@code sweep.sensitivity},
 * {@code sweep.chart}, {@code chart}, {@code results} (metric words and kinds), {@code results.stats}
 * (intervals, quantiles), {@code output} (the CSV writer), {@code text} and the root package.
 */
package org.adoptsim.cli.sweep.analysis;
