/**
 * A YAML tree with a source position on every node, read with limits (size, depth, aliases), for
 * the scenario and sweep files.
 *
 * <p>May use: the root package and Jackson.
 */
package org.adoptsim.cli.yaml;
