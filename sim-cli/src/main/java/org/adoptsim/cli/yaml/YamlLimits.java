package org.adoptsim.cli.yaml;

/**
 * Bounds on what one YAML document may cost to read, so that no input (an alias bomb, a deeply nested
 * or huge file) can exhaust memory or time.
 *
 * @param maxCodePoints characters in the document
 * @param maxDepth      nesting of mappings and lists
 * @param maxAliases    alias references ({@code *name}) in the document
 * @param maxWeight     nodes in the document with every alias expanded
 */
public record YamlLimits(int maxCodePoints, int maxDepth, int maxAliases, long maxWeight) {

    /** Generous for any real scenario (a 100,000-team explicit list is well inside). */
    public static YamlLimits defaults() {
        return new YamlLimits(16_000_000, 32, 64, 2_000_000);
    }
}
