/**
 * Reading YAML into a located tree ({@link org.adoptsim.cli.yaml.YNode}): every map, list and scalar
 * keeps its file, line and column, so a problem anywhere can be reported where it is. Only parses,
 * never constructs a type a document names; bounds size, nesting, aliases, runs without a space and
 * value length ({@link org.adoptsim.cli.yaml.YamlLimits}), all checked before or while parsing.
 *
 * <p>Uses Jackson's YAML parser (over SnakeYAML) for the syntax; the tree and the limits are written
 * here because Jackson's tree model keeps no locations and expands aliases without a bound. May use
 * {@code org.adoptsim.cli} (located errors, excerpts) and nothing else of adoptsim.
 */
package org.adoptsim.cli.yaml;
