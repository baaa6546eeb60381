package org.adoptsim.cli.scenario.shape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/** One of a fixed set of words, compared exactly; a near miss gets a suggestion. */
public record EnumShape(List<String> values) implements Shape {

    public EnumShape {
        values = List.copyOf(values);
    }

    public static EnumShape of(String... values) {
        return new EnumShape(List.of(values));
    }

    @Override
    public boolean matches(YNode node) {
        return node instanceof YScalar s && s.kind() == YScalar.Kind.STRING;
    }

    @Override
    public void check(YNode node, String path) {
        if (!matches(node)) {
            throw Problems.wrongType(node, path, expected());
        }
        String v = ((YScalar) node).text();
        if (!values.contains(v)) {
            throw Problems.at(node, path, Problems.unknown("unknown value " + org.adoptsim.cli.Excerpt.quoted(v), v, values));
        }
    }

    @Override
    public ObjectNode schema(SchemaContext ctx) {
        ObjectNode o = ctx.object();
        if (values.size() == 1) {
            return o.put("const", values.get(0));
        }
        ArrayNode a = o.putArray("enum");
        values.forEach(a::add);
        return o;
    }

    @Override
    public String expected() {
        return Problems.listed(values);
    }
}
