/**
 * The files of an output folder: the folder itself, atomic writes and syncing a folder's files to disk
 * together ({@link org.adoptsim.cli.output.SyncBatch}), the one manifest model every writing
 * command uses ({@code manifest.json}: {@link org.adoptsim.cli.output.Manifest}, its JSON form
 * {@link org.adoptsim.cli.output.ManifestJson}, the check-then-write {@link org.adoptsim.cli.output.ManifestCommit}
 * and the comparison's section {@link org.adoptsim.cli.output.Comparison}; Jackson reads and writes the JSON), the
 * check of whether a run may replace a folder ({@link org.adoptsim.cli.output.FolderClaim}) and of whether a
 * derived result may ({@link org.adoptsim.cli.output.OwnFolder}), the CSV writer and
 * the comparison tables as CSV ({@code runs.csv}, {@code summary.csv}, {@code paired.csv}, {@code weekly.csv},
 * {@code best.csv}, {@code caveats.csv}, {@code decompose.csv}); the manifest format and the number and quoting
 * policy are in {@code docs/outputs.md}.
 *
 * <p>May use: {@code results} (what is written), {@code text} (number text), {@code csv} (reading tables back),
 * {@code scenario.input} (the input files a manifest lists), the root package and sim-core's results. Not
 * {@code chart}, {@code report} or the commands.
 */
package org.adoptsim.cli.output;
