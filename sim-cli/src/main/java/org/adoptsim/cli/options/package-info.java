/**
 * The options every command shares, as picocli mixins — one class an option group, so that an option has
 * one name, one description and one validation wherever it appears ({@code --threads}, {@code --out} with
 * {@code --force}, {@code --quiet}, {@code --seed}, {@code --charts}, {@code --allow-outside-files}) — and the command line as typed, for the manifests.
 *
 * <p>May use: the root package, {@code output} ({@code OutputDirs}, the one check of an output folder's name),
 * {@code chart} ({@code ChartFormat}, what --charts parses to) and picocli. Not the commands.
 */
package org.adoptsim.cli.options;
