/**
 * A strict RFC 4180 CSV reader with line and column positions, for the input files a scenario
 * names and for reading back the tables the tool wrote.
 *
 * <p>May use: the JDK only.
 */
package org.adoptsim.cli.csv;
