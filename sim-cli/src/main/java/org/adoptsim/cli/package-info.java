/**
 * The command line's shared problem types, used by every package below and using none of them:
 * {@link org.adoptsim.cli.SourceLocation} (file:line:col of a bad input), {@link org.adoptsim.cli.LocatedException}
 * and {@link org.adoptsim.cli.InputException} (bad input: one line, exit 2), {@link org.adoptsim.cli.IoMessages}
 * (why a file could not be read or written, in words), {@link org.adoptsim.cli.ParallelIo} (I/O work on a few
 * threads, failures rethrown unwrapped), the {@link org.adoptsim.cli.ExitCodes} every command returns and the
 * {@link org.adoptsim.cli.VersionProvider}.
 *
 * <p>May use: the JDK and picocli only. The application's wiring lives in {@code org.adoptsim.cli.app}.
 */
package org.adoptsim.cli;
