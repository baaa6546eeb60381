package org.adoptsim.cli.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/**
 * Turns the project's located YAML tree (parsed with the loader's own limits, aliases already
 * expanded) into a Jackson tree that can be edited and written back as YAML. Numbers keep their kind
 * and their exact decimal value (an integer stays an integer, 0.30 stays 0.30), so the written file
 * means what the original meant. Stateless.
 */
final class YamlTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private YamlTree() {
    }

    static JsonNode toJackson(YNode node) {
        if (node instanceof YMap m) {
            ObjectNode o = NODES.objectNode();
            for (YMap.Entry e : m.entries()) {
                o.set(e.key(), toJackson(e.value()));
            }
            return o;
        }
        if (node instanceof YList l) {
            ArrayNode a = NODES.arrayNode();
            l.items().forEach(i -> a.add(toJackson(i)));
            return a;
        }
        YScalar s = (YScalar) node;
        return switch (s.kind()) {
            case INTEGER -> NODES.numberNode(s.number().toBigIntegerExact());
            case FLOAT -> NODES.numberNode(s.number());
            case BOOLEAN -> NODES.booleanNode(s.booleanValue());
            case NULL -> NODES.nullNode();
            case STRING -> NODES.textNode(s.text());
        };
    }
}
