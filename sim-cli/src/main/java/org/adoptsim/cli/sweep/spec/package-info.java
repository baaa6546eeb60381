/**
 * The sweep file: its reader, parameters and their domains, the design choice (with the smallest Sobol and Morris designs it accepts) and the
 * metrics kept, with one-line errors at file:line:col.
 *
 * <p>May use: {@code yaml}, {@code results} (the metric catalogue), {@code text}, the root package and
 * sim-core's results.
 */
package org.adoptsim.cli.sweep.spec;
