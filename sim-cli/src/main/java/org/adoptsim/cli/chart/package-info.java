/**
 * Charts of one comparison (forest, fan, overlay, laggard, honest-vs-vanity, cumulative net hours and
 * done-vs-adopted with the event weeks marked) and the shared chart
 * machinery that sweep charts use too: {@link org.adoptsim.cli.chart.Figure}, its rendering to SVG, PNG and
 * PDF (a 16:9 slide page, text the figure draws as real text), the palette and style.
 *
 * <p>May use: {@code results} (what is drawn), {@code output} (atomic files, the output folder),
 * {@code text} and the root package; XChart and the vector-graphics writers. Not the commands.
 */
package org.adoptsim.cli.chart;
