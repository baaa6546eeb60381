package org.adoptsim.core.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The functions a scenario declares, in their sign-off order (docs/model.md, "Across functions").
 * {@link #NONE} (the default) turns the mechanism off. At most 64 functions (a team's needs are a bitmask).
 */
public record Functions(List<CrossFunction> list) {
    public static final Functions NONE = new Functions(List.of());
    public static final int MAX = 64;

    public Functions {
        list = List.copyOf(list);
        if (list.size() > MAX) {
            throw new IllegalArgumentException("functions: at most " + MAX + " are supported, was " + list.size());
        }
        Set<String> seen = new HashSet<>();
        for (CrossFunction f : list) {
            if (!seen.add(f.name())) {
                throw new IllegalArgumentException("functions: name '" + f.name() + "' is used twice");
            }
        }
    }

    public boolean enabled() {
        return !list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** The index of the function of this name, or −1. */
    public int indexOf(String name) {
        for (int f = 0; f < list.size(); f++) {
            if (list.get(f).name().equals(name)) {
                return f;
            }
        }
        return -1;
    }
}
