/**
 * A sweep's files: the journal of finished points, checkpoints, the manifest (the one model of
 * {@code output.Manifest} with a {@code sweep} section, read and written here), the point and run tables as
 * CSV and Parquet, and merging of shards.
 *
 * <p>May use: {@code sweep.spec}, {@code sweep.run}, {@code output}, {@code csv}, {@code results} (metric kinds, parameter labels),
 * {@code results.stats},
 * {@code text} and the root package.
 */
package org.adoptsim.cli.sweep.io;
