/**
 * Running a sweep: the plan (points × replicates × strategies), shards, preflight checks, the
 * executor and its progress.
 *
 * <p>May use: {@code sweep.spec}, {@code sweep.design}, {@code results} (the metrics), {@code console} (progress),
 * {@code scenario.input}, {@code scenario} (the memory estimate, {@code ResourceBudget}), the root package and
 * sim-core.
 */
package org.adoptsim.cli.sweep.run;
