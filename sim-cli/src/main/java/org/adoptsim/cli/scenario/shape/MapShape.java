package org.adoptsim.cli.scenario.shape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/** A mapping from names the user chooses (strategy names) to values of one shape; at least one entry. */
public record MapShape(StringShape key, Shape value, String description) implements Shape {

    @Override
    public boolean matches(YNode node) {
        return node instanceof YMap;
    }

    @Override
    public void check(YNode node, String path) {
        check(node, path, PartCheck.FULL);
    }

    /** As {@link #check(YNode, String)}, with each entry's value checked by {@code each}. */
    public void check(YNode node, String path, PartCheck each) {
        if (!(node instanceof YMap map)) {
            throw Problems.wrongType(node, path, expected());
        }
        if (map.entries().isEmpty()) {
            throw Problems.at(node, path, "needs at least one entry");
        }
        for (YMap.Entry e : map.entries()) {
            String p = Problems.join(path, e.key());
            try {
                key.check(new YScalar(e.keyAt(), YScalar.Kind.STRING, e.key(), null), p);
            } catch (ScenarioException bad) {
                throw new ScenarioException(e.keyAt(), p, "the name " + bad.problem());
            }
            each.check(value, e.value(), p);
        }
    }

    @Override
    public ObjectNode schema(SchemaContext ctx) {
        ObjectNode o = ctx.object().put("type", "object");
        if (description != null) {
            o.put("description", description);
        }
        o.set("propertyNames", key.schema(ctx));
        o.put("minProperties", 1);
        o.set("additionalProperties", value.schema(ctx));
        return o;
    }

    @Override
    public String expected() {
        return "a mapping of names to " + value.expected();
    }
}
