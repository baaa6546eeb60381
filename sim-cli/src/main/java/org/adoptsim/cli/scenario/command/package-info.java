/**
 * The {@code validate}, {@code presets} and {@code schema} commands.
 *
 * <p>May use: {@code scenario}, {@code scenario.describe}, {@code options} (the shared options), the root package and sim-core.
 */
package org.adoptsim.cli.scenario.command;
