package org.adoptsim.cli.sweep.spec;

import org.adoptsim.cli.results.Metric;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.adoptsim.cli.SourceLocation;

/**
 * A validated sweep file: the base scenario (resolved path), the strategies to run (empty: all of the
 * scenario's), fixed overrides for every point, the swept parameters in order, the design, replicates
 * per point, the root seed (empty: the scenario's), how random numbers relate across points, and the
 * metrics to keep; {@code where} locates its fields in the file (see {@link #locate}). Immutable.
 */
public record SweepSpec(String name, Path scenario, List<String> strategies, Map<String, Object> fixed,
        List<Parameter> parameters, DesignSpec design, int replicates, OptionalLong seed,
        RandomNumbers randomNumbers, List<Metric> metrics, Map<String, SourceLocation> where) {

    public SweepSpec {
        strategies = List.copyOf(strategies);
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
        where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
    }

    /** How the random streams of different points relate. */
    public enum RandomNumbers {
        /** Every point has its own streams, derived from (root seed, point): what Sobol and Morris assume. */
        INDEPENDENT,
        /** Every point reuses the root seed's streams: common random numbers, smoother curves over a grid. */
        COMMON
    }

    public SweepSpec withReplicates(int r) {
        return new SweepSpec(name, scenario, strategies, fixed, parameters, design, r, seed, randomNumbers, metrics,
                where);
    }

    /**
     * Where a field was written, for errors found later (against the scenario): keys are
     * {@code scenario}, {@code seed}, {@code strategies.NAME}, {@code set.PATH}, {@code parameters.PATH};
     * the start of the file when unknown.
     */
    public SourceLocation locate(String key) {
        return where.getOrDefault(key, where.getOrDefault("", SourceLocation.startOf(name)));
    }

    public int dimensions() {
        return parameters.size();
    }

    /** The parameter with this label or path, if any. */
    public Parameter parameter(String labelOrPath) {
        for (Parameter p : parameters) {
            if (p.label().equals(labelOrPath) || p.path().equals(labelOrPath)) {
                return p;
            }
        }
        return null;
    }
}
