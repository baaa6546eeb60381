/**
 * Text for people and for files, one of each for every command: the number policy of every file and
 * table ({@link org.adoptsim.cli.text.Num}, documented in {@code docs/outputs.md}), the table rendered for
 * the terminal, Markdown and HTML ({@link org.adoptsim.cli.text.TextTable}, {@link org.adoptsim.cli.text.Html}),
 * "did you mean" ({@link org.adoptsim.cli.text.Suggest}) and a count with its noun in the right number
 * ({@link org.adoptsim.cli.text.Count}). Written here rather than taken from a
 * library: the number format must be identical on every machine and locale (and Java's own formatters
 * depend on the locale and round differently), and the rest is a few dozen lines each.
 *
 * <p>May use: the JDK only; every other package may use it.
 */
package org.adoptsim.cli.text;
