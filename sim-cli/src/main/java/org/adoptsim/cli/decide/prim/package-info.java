/**
 * PRIM, the patient rule induction method of Friedman and Fisher (1999, "Bump hunting in
 * high-dimensional data"), for scenario discovery: given the inputs of many runs (a matrix of numbers)
 * and which runs are "of interest" (a condition held), find a box of input limits in which the runs of
 * interest are dense (density) and which holds most of them (coverage).
 *
 * <p>Written here because no maintained Java implementation exists (the reference implementations are
 * R's {@code prim} and Python's EMA Workbench); the algorithm is small and is tested against planted
 * boxes and its invariants. Pure: plain arrays in, records out; no files, no command line.
 *
 * <p>May use: {@code org.apache.commons.statistics.distribution} (binomial tail for quasi-p-values) and
 * the JDK. Used by {@code org.adoptsim.cli.decide.discover}.
 */
package org.adoptsim.cli.decide.prim;
