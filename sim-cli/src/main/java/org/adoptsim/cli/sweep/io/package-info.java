/**
 * A sweep's files: the journal of finished points, checkpoints, the manifest (the one model of
 * {@code output.Manifest} with a {@code sweep} section, read and written here), the point and run tables as
 * CSV and Parquet, merging of shards, and removing the analysis of a limited sweep that grows
 * ({@link org.adoptsim.cli.sweep.io.DerivedResults}).
 *
 * <p>May use: {@code sweep.spec}, {@code sweep.run}, {@code output}, {@code csv}, {@code results} (metric kinds, parameter labels),
 * {@code results.stats},
 * {@code text} and the root package.
 */
package org.adoptsim.cli.sweep.io;
