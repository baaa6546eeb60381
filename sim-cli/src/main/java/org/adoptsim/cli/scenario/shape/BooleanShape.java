package org.adoptsim.cli.scenario.shape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/** {@code true} or {@code false} (YAML 1.2: {@code yes}, {@code on} are text, not booleans). */
public record BooleanShape() implements Shape {

    @Override
    public boolean matches(YNode node) {
        return node instanceof YScalar s && s.kind() == YScalar.Kind.BOOLEAN;
    }

    @Override
    public void check(YNode node, String path) {
        if (!matches(node)) {
            throw Problems.wrongType(node, path, expected());
        }
    }

    @Override
    public ObjectNode schema(SchemaContext ctx) {
        return ctx.object().put("type", "boolean");
    }

    @Override
    public String expected() {
        return "true or false";
    }
}
