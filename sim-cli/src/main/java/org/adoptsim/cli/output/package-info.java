/**
 * The files of an output folder: the folder itself, atomic writes and syncing a folder's files to disk
 * together ({@code SyncBatch}), the manifest
 * ({@code manifest.json}), the CSV writer and the comparison tables as CSV ({@code runs.csv},
 * {@code summary.csv}, {@code paired.csv}, {@code weekly.csv}, {@code best.csv}, {@code caveats.csv},
 * {@code decompose.csv}); the number and quoting policy is in
 * {@code docs/outputs.md}.
 *
 * <p>May use: {@code results} (what is written), {@code text} (number text), {@code csv} (reading tables back),
 * {@code scenario.input} (the input files a manifest lists), the root package and sim-core's results. Not
 * {@code chart}, {@code report} or the commands.
 */
package org.adoptsim.cli.output;
