/**
 * Setting a sweep point's values into a scenario's YAML tree by path, and building the
 * scenario from that tree, reusing what the file's untouched parts gave.
 *
 * <p>May use: {@code scenario}, {@code scenario.input}, {@code yaml}, {@code sweep.run} and the root package.
 */
package org.adoptsim.cli.sweep.overrides;
