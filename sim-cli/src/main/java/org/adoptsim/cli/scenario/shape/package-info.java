/**
 * The shapes of the scenario file's fields (objects, lists, numbers, one-of choices):
 * they check a YAML tree and write the JSON Schema.
 *
 * <p>May use: {@code yaml}, {@code scenario.input}, {@code text} (suggestions) and the root package.
 */
package org.adoptsim.cli.scenario.shape;
