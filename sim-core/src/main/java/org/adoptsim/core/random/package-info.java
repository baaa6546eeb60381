/**
 * Randomness: {@code RandomStreams} hands out one Commons RNG generator per purpose for a
 * {@code (seed, replicate)}, and {@code EventDraws} gives weekly event uniforms that are pure
 * functions of {@code (seed, replicate, purpose, team, week)} — common random numbers that survive
 * different histories. The hashing in {@code Mix} is written here because no library offers a
 * stateless, counter-based uniform keyed this way; everything stream-based comes from Commons RNG.
 *
 * <p>May use: nothing else in sim-core. Libraries: Apache Commons RNG.
 */
package org.adoptsim.core.random;
