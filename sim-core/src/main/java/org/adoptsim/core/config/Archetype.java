package org.adoptsim.core.config;

/**
 * Rogers' adopter categories folded into four, as in docs/model.md. The declaration order is the order of
 * the default mix and of every per-archetype table.
 */
public enum Archetype {
    BELIEVER, PRAGMATIST, CONSERVATIVE, HOLDOUT;

    /** The lower-case name used in scenario files and outputs. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@link #id()}; throws with the list of valid names otherwise. */
    public static Archetype parse(String id) {
        for (Archetype a : values()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown archetype '" + id + "' (expected believer, pragmatist, conservative or holdout)");
    }
}
