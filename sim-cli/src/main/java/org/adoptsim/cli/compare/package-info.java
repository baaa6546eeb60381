/**
 * The {@code run} and {@code compare} commands: their options, the job that runs strategies on
 * common random numbers across threads, and what they print and write.
 *
 * <p>May use: {@code results}, {@code output}, {@code chart}, {@code report}, {@code scenario},
 * {@code scenario.input}, {@code console}, {@code text}, the root package and sim-core. Only {@code app} uses it.
 */
package org.adoptsim.cli.compare;
