/**
 * The files a scenario reads: text files with their hash, tables of teams and edges,
 * and the scenario exception that names file:line:col.
 *
 * <p>May use: {@code csv} and the root package.
 */
package org.adoptsim.cli.scenario.input;
