package org.adoptsim.cli.sweep.spec;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.SourceLocation;

/**
 * One swept parameter: its path in the scenario file ({@code strategies.earned.coalition.size}), the
 * short label used as its column name, its domain, and further paths that take the same value at every
 * point ({@code alsoSets}: a mandate and a sunset that move together). {@code where} locates it in the
 * sweep file. Immutable.
 */
public record Parameter(String path, String label, Domain domain, List<String> alsoSets, SourceLocation where) {

    public Parameter {
        alsoSets = List.copyOf(alsoSets);
    }

    public Parameter(String path, String label, Domain domain, SourceLocation where) {
        this(path, label, domain, List.of(), where);
    }

    /** Every path this parameter sets: its own, then {@code alsoSets}. */
    public List<String> paths() {
        List<String> out = new ArrayList<>(1 + alsoSets.size());
        out.add(path);
        out.addAll(alsoSets);
        return out;
    }

    public String canonical() {
        return path + "=" + domain.canonical() + (alsoSets.isEmpty() ? "" : " also " + String.join(",", alsoSets))
                + (label.equals(path) ? "" : " as " + label);
    }
}
