package org.adoptsim.cli.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.adoptsim.cli.SourceLocation;

/** A YAML mapping with string keys, in document order, each key with its own location. */
public record YMap(SourceLocation where, List<Entry> entries, long weight) implements YNode {

    /** One key and its value. */
    public record Entry(String key, SourceLocation keyAt, YNode value) {
    }

    public YMap {
        entries = List.copyOf(entries);
    }

    /** Builds a map and its weight from entries (the caller has rejected duplicate keys). */
    public static YMap of(SourceLocation where, List<Entry> entries) {
        long w = 1;
        for (Entry e : entries) {
            w += 1 + e.value().weight();
        }
        return new YMap(where, entries, w);
    }

    public YNode get(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return e.value();
            }
        }
        return null;
    }

    public Entry entry(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    public boolean has(String key) {
        return entry(key) != null;
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            keys.add(e.key());
        }
        return Collections.unmodifiableList(keys);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
