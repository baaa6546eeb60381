/**
 * The scenario file: its mapping from the YAML tree onto sim-core's configuration records,
 * the checks and their one-line errors, and the schema that describes the file. Trees made from one
 * file by overrides (sweep points, calibration particles, optimiser candidates) check and map the
 * parts they share with it once ({@code SharedParts}).
 *
 * <p>May use: {@code yaml}, {@code scenario.input}, {@code scenario.shape}, {@code output} (hashes of the files
 * read), the root package and sim-core's configuration.
 */
package org.adoptsim.cli.scenario;
