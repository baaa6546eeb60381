/**
 * The sweep file: its reader, parameters and their domains, the design choice and the metric
 * names, with one-line errors at file:line:col.
 *
 * <p>May use: {@code yaml}, {@code text}, the root package and sim-core's results.
 */
package org.adoptsim.cli.sweep.spec;
