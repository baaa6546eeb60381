/**
 * Scenarios and strategies in words: the summary {@code validate} prints, strategy
 * text and YAML, differences between rule sets.
 *
 * <p>May use: {@code scenario} and sim-core's configuration.
 */
package org.adoptsim.cli.scenario.describe;
