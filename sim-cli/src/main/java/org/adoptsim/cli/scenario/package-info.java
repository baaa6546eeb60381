/**
 * The scenario file: its mapping from the YAML tree onto sim-core's configuration records,
 * the checks and their one-line errors, and the schema that describes the file.
 *
 * <p>May use: {@code yaml}, {@code scenario.input}, {@code scenario.shape}, {@code output} (hashes of the files
 * read), the root package and sim-core's configuration.
 */
package org.adoptsim.cli.scenario;
