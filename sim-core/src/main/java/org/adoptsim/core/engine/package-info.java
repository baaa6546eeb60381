/**
 * The weekly model of docs/model.md: {@code Simulation} runs a fixed list of phases (signals,
 * decisions, functions, roadmap, mandate, work, completion, platform, sunset, record) over one drawn
 * organisation's state, held as struct-of-arrays in {@code TeamState} and reused across runs. A week
 * allocates nothing. {@code FromState} sets week 0 from an observed state instead of the initial
 * adopters (and turns a run's state back into one). The functions nobody commands (docs/model.md,
 * "Across functions") are kept by {@code SignOffDesk} (needs, approvals, holds and reviews), its
 * {@code SignOffQueues} and {@code FunctionLeverEffects} (the levers' effect on alignment and review
 * time); with none declared the desk is inactive and every hook into the other phases answers at once.
 * The FCFS queues are plain int rings over preallocated arrays rather than a library queue, so the
 * weekly step stays allocation-free. Everything here but {@code Simulation} is package-private.
 *
 * <p>May use: {@code config}, {@code org}, {@code random}, {@code result}. Libraries: Apache Commons
 * RNG (permutations at start-up).
 */
package org.adoptsim.core.engine;
