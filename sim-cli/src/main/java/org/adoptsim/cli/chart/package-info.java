/**
 * Charts of one comparison (forest, fan, overlay, laggard, honest-vs-vanity, cumulative net hours and
 * done-vs-adopted with the event weeks marked) and the shared chart
 * machinery that sweep charts use too: {@link org.adoptsim.cli.chart.Figure}, its rendering to SVG, PNG and
 * PDF (a 16:9 slide page, text the figure draws as real text), the palette and style.
 *
 * <p>{@code PngEncoder} is written here although ImageIO writes PNG: the charts'
 * bitmaps need only one kind of image and one row filter, and reading the pixel array directly encodes them
 * about three times as fast as ImageIO's generic writer (benchmarks/README.md), the same pixels.
 *
 * <p>May use: {@code results} (what is drawn), {@code output} (atomic files, the output folder),
 * {@code text} and the root package; XChart and the vector-graphics writers. Not the commands.
 */
package org.adoptsim.cli.chart;
