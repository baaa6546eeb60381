/**
 * The terminal around a long command, one of each for every command: the progress bar on standard
 * error ({@link org.adoptsim.cli.console.Progress}, me.tongfei:progressbar) and Ctrl-C handling with one
 * grace period ({@link org.adoptsim.cli.console.StopSignal}).
 *
 * <p>May use: the JDK and the progressbar library only; {@code compare} and {@code sweep} use it.
 */
package org.adoptsim.cli.console;
