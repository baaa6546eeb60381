/**
 * {@code adoptsim discover}: scenario discovery on a finished sweep. The glue between the sweep's
 * tables (read with {@code org.adoptsim.cli.sweep.analysis.SweepTables}) and the pure algorithms of
 * {@code org.adoptsim.cli.decide.prim} and {@code org.adoptsim.cli.decide.condition}: one case per run
 * (or per point), the sweep's numeric parameters as inputs, the {@code --when} condition as the label,
 * and {@code boxes.csv}, two charts and a sentence as outputs.
 *
 * <p>May use: {@code decide.prim}, {@code decide.condition}, {@code sweep.analysis} (SweepTables),
 * {@code sweep.io} (Manifest), {@code output} (Csv), {@code sweep.chart} (ChartFiles, ChartStyle), {@code chart}
 * (ChartFormat), {@code options} (the shared options), the top package (InputException), picocli, XChart, Tablesaw.
 */
package org.adoptsim.cli.decide.discover;
