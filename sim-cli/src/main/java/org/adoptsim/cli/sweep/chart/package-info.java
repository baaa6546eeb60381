/**
 * Sweep charts: curves, heatmaps, main effects, tornado and Morris plots, and where they are
 * written.
 *
 * <p>May use: {@code chart} and the root package.
 */
package org.adoptsim.cli.sweep.chart;
