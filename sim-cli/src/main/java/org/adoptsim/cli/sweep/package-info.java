/**
 * The {@code sweep}, {@code merge} and {@code analyze} commands and the session that runs a sweep.
 *
 * <p>May use: every {@code sweep.*} package, {@code results}, {@code output}, {@code chart}, {@code console},
 * {@code text}, {@code scenario} (the memory estimate), {@code scenario.input}, {@code calibrate.posterior}
 * ({@code sweep --posterior}), {@code options} (the shared options), the root package and sim-core. Only {@code app}
 * uses it.
 */
package org.adoptsim.cli.sweep;
