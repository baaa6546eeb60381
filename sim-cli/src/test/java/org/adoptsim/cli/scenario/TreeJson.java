package org.adoptsim.cli.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/** Test helper: the JSON value of a parsed YAML tree, as an independent schema validator sees it. */
final class TreeJson {
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private TreeJson() {
    }

    static JsonNode of(YNode node) {
        if (node instanceof YMap m) {
            ObjectNode o = F.objectNode();
            m.entries().forEach(e -> o.set(e.key(), of(e.value())));
            return o;
        }
        if (node instanceof YList l) {
            ArrayNode a = F.arrayNode();
            l.items().forEach(i -> a.add(of(i)));
            return a;
        }
        YScalar s = (YScalar) node;
        return switch (s.kind()) {
            case INTEGER -> F.numberNode(s.number().toBigIntegerExact());
            case FLOAT -> F.numberNode(new BigDecimal(s.number().toString()));
            case BOOLEAN -> F.booleanNode(s.booleanValue());
            case NULL -> F.nullNode();
            case STRING -> F.textNode(s.text());
        };
    }
}
