package org.adoptsim.cli.scenario.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;
import org.junit.jupiter.api.Test;

/** A whole-number shape states one accepted range, the same in its error and in its schema. */
class NumberShapeTest {

    @Test
    void theErrorAndTheSchemaGiveTheSameWholeRange() {
        NumberShape above = NumberShape.integer().above(0);
        assertEquals("t.yaml:1:1: x: must be a whole number from 1 to 2147483647, was 3000000000", error(above, "3000000000"));
        ObjectNode schema = above.schema(new SchemaContext());
        assertEquals(1, schema.get("minimum").asLong(), schema.toString());
        assertFalse(schema.has("exclusiveMinimum"), schema.toString());
        assertEquals(2147483647L, schema.get("maximum").asLong(), schema.toString());

        NumberShape fractional = NumberShape.integer().min(0.5).max(7.5).asLong();
        assertEquals(1, fractional.schema(new SchemaContext()).get("minimum").asLong());
        assertEquals(7, fractional.schema(new SchemaContext()).get("maximum").asLong());

        ObjectNode real = NumberShape.number().above(0).schema(new SchemaContext());
        assertEquals(0, real.get("exclusiveMinimum").asDouble(), "a real number keeps its open bound: " + real);
    }

    private static String error(NumberShape shape, String yaml) {
        YNode node = YamlTreeReader.read(yaml, "t.yaml", YamlLimits.defaults());
        return assertThrows(ScenarioException.class, () -> shape.check(node, "x")).getMessage();
    }
}
