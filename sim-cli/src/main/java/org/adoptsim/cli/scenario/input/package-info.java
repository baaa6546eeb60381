/**
 * Reading the files a scenario consists of, safely: whole text files with strict UTF-8 and a size bound,
 * refusing devices, pipes, folders and {@code /proc}, {@code /sys}, {@code /dev} before a byte is read
 * ({@link org.adoptsim.cli.scenario.input.TextFile}, {@link org.adoptsim.cli.scenario.input.SpecialFiles});
 * hand-written CSV tables with located cells ({@link org.adoptsim.cli.scenario.input.CsvTable}); the
 * located scenario error; and the size limits on every input
 * ({@link org.adoptsim.cli.scenario.input.InputLimits}). docs/security.md explains what is trusted.
 * May use {@code org.adoptsim.cli} and {@code org.adoptsim.cli.csv}.
 */
package org.adoptsim.cli.scenario.input;
