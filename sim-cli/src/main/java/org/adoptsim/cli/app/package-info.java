/**
 * The application: the entry point {@link org.adoptsim.cli.app.Main}, the top-level {@code adoptsim}
 * command with its subcommands, shell completion, and {@link org.adoptsim.cli.app.Failures} (how bad input
 * and internal failures reach the user: one line, exit 2 or 1).
 *
 * <p>May use: every command package ({@code compare}, {@code report}, {@code sweep}, {@code history}, {@code scenario.command}, ...),
 * {@code text} (suggestions) and the root package. Nothing may use it.
 */
package org.adoptsim.cli.app;
