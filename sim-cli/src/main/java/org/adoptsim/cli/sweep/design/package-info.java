/**
 * Experimental designs: grid, Latin hypercube, Saltelli (Sobol) and Morris, each a
 * deterministic list of points in the unit cube keyed by the sweep's seed.
 *
 * <p>May use: {@code sweep.spec} and Apache Commons (RNG, Math).
 */
package org.adoptsim.cli.sweep.design;
