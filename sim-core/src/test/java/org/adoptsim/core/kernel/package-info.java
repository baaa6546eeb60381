/**
 * Test code: the pure linear-threshold cascade (Granovetter, Watts) on a {@code Graph},
 * {@code ThresholdCascade} with its {@code CascadeResult}, an independent implementation of Watts' rule
 * that the full engine is checked against in its limit. Independent of the engine. It left the product
 * in issue 19: only tests and benchmarks called it, and the engine's own path meets the cascade's speed
 * target against a C sweep (1.2x in thread CPU time, benchmarks/README.md), so users gain nothing from
 * a second engine.
 *
 * <p>May use: {@code org} (the graph only). No libraries.
 */
package org.adoptsim.core.kernel;
