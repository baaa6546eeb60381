package org.adoptsim.cli.yaml;

/**
 * Bounds on what one YAML document may cost to read, so that no input (an alias bomb, a deeply nested
 * or huge file, one enormous value) can exhaust memory or time.
 *
 * <p>{@code maxRun} exists because SnakeYAML's {@code StreamReader} copies its whole unread window each
 * time it reads the next 1,024 characters, and the window only empties when the scanner moves past a
 * token. A run of characters with no space or line break in it (one long word, one long quoted value)
 * therefore costs time quadratic in its length: 1 MiB about 0.6 s, 8 MiB about 30 s. No setting of
 * SnakeYAML or Jackson changes that, so {@link YamlTreeReader} measures the longest such run in one
 * linear pass before parsing and refuses a longer one; with runs bounded, parsing is linear in the size
 * of the document.
 *
 * @param maxCodePoints characters in the document
 * @param maxDepth      nesting of mappings and lists
 * @param maxAliases    alias references ({@code *name}) in the document
 * @param maxWeight     nodes in the document with every alias expanded
 * @param maxRun        characters in a row without a space, tab or line break
 * @param maxValue      characters in one value (a scalar or a key)
 */
public record YamlLimits(int maxCodePoints, int maxDepth, int maxAliases, long maxWeight, int maxRun, int maxValue) {

    /** The default run and value bounds with the other limits given. */
    public YamlLimits(int maxCodePoints, int maxDepth, int maxAliases, long maxWeight) {
        this(maxCodePoints, maxDepth, maxAliases, maxWeight, defaults().maxRun(), defaults().maxValue());
    }

    /** Generous for any real scenario (a 100,000-team explicit list is well inside). */
    public static YamlLimits defaults() {
        return new YamlLimits(16_000_000, 32, 64, 2_000_000, 256 * 1024, 1024 * 1024);
    }
}
