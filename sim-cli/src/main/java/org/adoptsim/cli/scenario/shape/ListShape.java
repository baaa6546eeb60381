package org.adoptsim.cli.scenario.shape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;

/**
 * A list of items of one shape, with a length range; {@code unique} forbids an item (compared by its
 * text; meant for lists of words) twice.
 */
public record ListShape(Shape item, int minItems, int maxItems, boolean unique) implements Shape {

    public static ListShape of(Shape item) {
        return new ListShape(item, 0, Integer.MAX_VALUE, false);
    }

    public ListShape nonEmpty() {
        return new ListShape(item, 1, maxItems, unique);
    }

    public ListShape exactly(int n) {
        return new ListShape(item, n, n, unique);
    }

    public ListShape distinct() {
        return new ListShape(item, minItems, maxItems, true);
    }

    @Override
    public boolean matches(YNode node) {
        return node instanceof YList;
    }

    @Override
    public void check(YNode node, String path) {
        if (!(node instanceof YList list)) {
            throw Problems.wrongType(node, path, expected());
        }
        if (list.size() < minItems || list.size() > maxItems) {
            throw Problems.at(node, path, "must list " + count() + ", lists " + list.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            YNode n = list.get(i);
            String p = path + "[" + i + "]";
            item.check(n, p);
            if (unique && n instanceof YScalar s && !seen.add(s.text())) {
                throw Problems.at(n, p, org.adoptsim.cli.Excerpt.quoted(s.text()) + " is listed twice");
            }
        }
    }

    @Override
    public ObjectNode schema(SchemaContext ctx) {
        ObjectNode o = ctx.object().put("type", "array");
        o.set("items", item.schema(ctx));
        if (minItems > 0) {
            o.put("minItems", minItems);
        }
        if (maxItems < Integer.MAX_VALUE) {
            o.put("maxItems", maxItems);
        }
        if (unique) {
            o.put("uniqueItems", true);
        }
        return o;
    }

    @Override
    public String expected() {
        return "a list of " + count() + " (each " + item.expected() + ")";
    }

    private String count() {
        if (minItems == maxItems) {
            return minItems + " items";
        }
        if (maxItems < Integer.MAX_VALUE) {
            return minItems + " to " + maxItems + " items";
        }
        return minItems > 0 ? "at least " + minItems + " item" + (minItems == 1 ? "" : "s") : "items";
    }
}
