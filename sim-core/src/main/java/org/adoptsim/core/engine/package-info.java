/**
 * The weekly model of docs/model.md: {@code Simulation} runs a fixed list of phases (signals,
 * decisions, roadmap, mandate, work, completion, platform, sunset, record) over one drawn
 * organisation's state, held as struct-of-arrays in {@code TeamState} and reused across runs. A week
 * allocates nothing. {@code FromState} sets week 0 from an observed state instead of the initial
 * adopters (and turns a run's state back into one). Everything here but {@code Simulation} is package-private.
 *
 * <p>May use: {@code config}, {@code org}, {@code random}, {@code result}. Libraries: Apache Commons
 * RNG (permutations at start-up).
 */
package org.adoptsim.core.engine;
