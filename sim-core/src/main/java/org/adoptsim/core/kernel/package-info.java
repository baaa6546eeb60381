/**
 * The pure linear-threshold cascade (Granovetter, Watts) on a {@code Graph}, written for speed on
 * large graphs and used to validate the full engine in its limit: {@code ThresholdCascade} with its
 * {@code CascadeResult}. Independent of the engine.
 *
 * <p>May use: {@code org} (the graph only). No libraries.
 */
package org.adoptsim.core.kernel;
