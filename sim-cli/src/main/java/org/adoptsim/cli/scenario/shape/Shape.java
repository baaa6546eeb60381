package org.adoptsim.cli.scenario.shape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.adoptsim.cli.yaml.YNode;

/**
 * The form of one value in a scenario file. A shape does two jobs from one definition, so the two
 * cannot drift apart: it checks a parsed YAML node (keys, types, declared ranges; the first problem is
 * thrown as a located {@code ScenarioException}), and it writes itself as JSON Schema (draft 2020-12)
 * for {@code docs/scenario.schema.json}. Cross-field rules (a uniform's max ≥ min, one value per team)
 * are left to the mappers and the core records. Shapes are immutable and thread-safe.
 */
public sealed interface Shape
        permits NumberShape, BooleanShape, StringShape, EnumShape, ListShape, ObjectShape, MapShape, OneOfShape,
        NamedShape {

    /** Checks {@code node}, found at the dotted {@code path}; throws at the first problem. */
    void check(YNode node, String path);

    /**
     * Checks one part of a mapping (a field's or an entry's value) against its shape. A mapping's shape
     * can take one, to let a caller skip parts it already knows are valid.
     */
    @FunctionalInterface
    interface PartCheck {
        void check(Shape shape, YNode value, String path);

        /** Checks every part in full. */
        PartCheck FULL = Shape::check;
    }

    /** Whether {@code node} has this shape's kind (scalar type, mapping, list), before any detailed check. */
    boolean matches(YNode node);

    /** This shape as a JSON Schema fragment. */
    ObjectNode schema(SchemaContext ctx);

    /** What a value of this shape looks like, in words: "a number in [0, 1]", "true or false". */
    String expected();
}
