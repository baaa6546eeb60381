/**
 * {@code adoptsim init}: writes a commented starter scenario around a planner's own teams file
 * ({@code StarterScenario} builds the text, {@code InitCommand} checks and writes it). The text is
 * checked by loading it with the scenario loader before it is written, so what is written validates.
 *
 * <p>May use: {@code org.adoptsim.cli} (exceptions), {@code org.adoptsim.cli.scenario} (the loader),
 * {@code org.adoptsim.cli.output} (atomic writes),
 * {@code org.adoptsim.cli.options} (the shared --force), sim-core's {@code config} (the presets). The YAML is
 * written as text rather than through a YAML library because it must carry comments, which the
 * libraries' emitters drop.
 */
package org.adoptsim.cli.init;
