/**
 * The drawn organisation: {@code OrgFactory} turns an {@code Organisation} spec and a replicate's
 * streams into an immutable {@code Org} (team attributes as primitive arrays, the influence network
 * and the dependency DAG as compressed adjacency {@code Graph}s). The graphs are hand-written CSR
 * arrays because the engine's hot loop needs primitive, allocation-free adjacency that graph
 * libraries (JGraphT and the like) do not give.
 *
 * <p>May use: {@code config}, {@code random}. Libraries: Apache Commons RNG (samplers).
 */
package org.adoptsim.core.org;
