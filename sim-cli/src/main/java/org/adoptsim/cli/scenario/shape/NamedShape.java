package org.adoptsim.cli.scenario.shape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.adoptsim.cli.yaml.YNode;

/** A shape used in several places, written once under {@code $defs/name} in the schema. */
public record NamedShape(String name, Shape target) implements Shape {

    @Override
    public void check(YNode node, String path) {
        target.check(node, path);
    }

    @Override
    public boolean matches(YNode node) {
        return target.matches(node);
    }

    @Override
    public ObjectNode schema(SchemaContext ctx) {
        return ctx.ref(name, () -> target.schema(ctx));
    }

    @Override
    public String expected() {
        return target.expected();
    }
}
