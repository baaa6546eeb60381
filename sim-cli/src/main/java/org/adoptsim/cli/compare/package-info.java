/**
 * The {@code run} and {@code compare} commands: their options, the job that runs strategies on
 * common random numbers across threads (with {@code --decompose}, the two crossed variants in the same
 * pass, {@link org.adoptsim.cli.compare.Crossing}), the caveats a scenario's settings imply
 * ({@link org.adoptsim.cli.compare.Assumptions}), and what they print and write.
 *
 * <p>May use: {@code results}, {@code output}, {@code chart}, {@code report}, {@code scenario},
 * {@code scenario.input}, {@code console}, {@code text}, {@code options} (the shared options),
 * {@code functions}, {@code today}, {@code history}, {@code calibrate.posterior} (--posterior), the root package
 * and sim-core. Only {@code app} uses it.
 */
package org.adoptsim.cli.compare;
