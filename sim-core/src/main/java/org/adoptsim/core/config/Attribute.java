package org.adoptsim.core.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One team attribute: a distribution for every team, optionally replaced per archetype. Drawn values
 * are clipped to {@code [min, max]}, the attribute's valid range. Every attribute is an amount of
 * hours, weeks, a share or a count, so the range starts at 0 or above: a negative effort or capacity
 * would make a team un-work its migration, and the engine relies on neither being negative.
 */
public record Attribute(Distribution all, Map<Archetype, Distribution> byArchetype, double min, double max) {

    public Attribute {
        Checks.required("all", all);
        byArchetype = byArchetype == null || byArchetype.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(byArchetype));
        if (!(min >= 0)) {
            throw new IllegalArgumentException("range: min must be >= 0");
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException("range: min must be <= max");
        }
    }

    public static Attribute of(Distribution all, double min, double max) {
        return new Attribute(all, Map.of(), min, max);
    }

    /** The distribution that applies to teams of this archetype. */
    public Distribution forArchetype(Archetype a) {
        return byArchetype.getOrDefault(a, all);
    }

    /** A copy with this archetype's distribution replaced. */
    public Attribute with(Archetype a, Distribution d) {
        EnumMap<Archetype, Distribution> m = new EnumMap<>(Archetype.class);
        m.putAll(byArchetype);
        m.put(a, d);
        return new Attribute(all, m, min, max);
    }

    /** A copy that uses {@code d} for every team, dropping per-archetype overrides. */
    public Attribute withAll(Distribution d) {
        return new Attribute(d, Map.of(), min, max);
    }

    public double clip(double v) {
        return Math.max(min, Math.min(max, v));
    }
}
