package org.adoptsim.cli.yaml;

import java.util.List;
import org.adoptsim.cli.SourceLocation;

/** A YAML sequence. */
public record YList(SourceLocation where, List<YNode> items, long weight) implements YNode {

    public YList {
        items = List.copyOf(items);
    }

    public static YList of(SourceLocation where, List<YNode> items) {
        long w = 1;
        for (YNode n : items) {
            w += n.weight();
        }
        return new YList(where, items, w);
    }

    public int size() {
        return items.size();
    }

    public YNode get(int i) {
        return items.get(i);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
