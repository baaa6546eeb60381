package org.adoptsim.cli.scenario;

import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.Shape;
import org.adoptsim.core.config.Archetype;

/** A mapping with one optional field per archetype ({@code believer}, {@code pragmatist}, ...). */
final class ByArchetype {
    private ByArchetype() {
    }

    static ObjectShape of(Shape value, String description, String what) {
        ObjectShape.Builder b = ObjectShape.builder().description(description);
        for (Archetype a : Archetype.values()) {
            b.optional(a.id(), value, what + " for " + a.id() + "s");
        }
        return b.build();
    }
}
