package org.adoptsim.cli.sweep.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;

/**
 * One sweep point as its replicates need it: the parameter values, and the scenario (with the point's
 * seed) and strategies built once, lazily, by whichever worker gets there first. Lives only while the
 * point's replicates are in flight. Thread-safe.
 */
final class PointWork {
    final long point;
    final Object[] values;
    private final Map<String, Object> overrides;
    private final long seed;
    private Scenario scenario;
    private List<Strategy> strategies;

    PointWork(long point, Object[] values, Map<String, Object> overrides, long seed) {
        this.point = point;
        this.values = values;
        this.overrides = overrides;
        this.seed = seed;
    }

    synchronized Scenario scenario(ScenarioFactory factory, List<String> names) {
        if (scenario == null) {
            Scenario s;
            try {
                s = factory.at(overrides);
            } catch (RuntimeException e) {
                throw new PointFailure("point " + point + " " + overrides + ": " + e.getMessage(), e);
            }
            List<Strategy> chosen = new ArrayList<>(names.size());
            for (String n : names) {
                chosen.add(s.strategy(n).orElseThrow(() -> new PointFailure("point " + point
                        + ": the scenario has no strategy '" + n + "'", null)));
            }
            scenario = s.withRun(s.run().withSeed(seed));
            strategies = List.copyOf(chosen);
        }
        return scenario;
    }

    /**
     * Replicate r's scenario and strategies when parameters are drawn per replicate: the draw's values
     * with the point's overrides laid over them (a value the sweep sets is the sweep's, not the draw's),
     * at the point's seed. Built for each replicate; not cached.
     */
    Replicated scenario(ScenarioFactory factory, List<String> names, ReplicateDraws draws, int replicate) {
        Map<String, Object> merged = new java.util.LinkedHashMap<>(draws.overrides().apply(replicate));
        merged.putAll(overrides);
        Scenario s;
        try {
            s = factory.at(merged);
        } catch (RuntimeException e) {
            throw new PointFailure("point " + point + " replicate " + replicate + " " + merged + ": " + e.getMessage(), e);
        }
        List<Strategy> chosen = new ArrayList<>(names.size());
        for (String n : names) {
            chosen.add(s.strategy(n).orElseThrow(() -> new PointFailure("point " + point
                    + ": the scenario has no strategy '" + n + "'", null)));
        }
        return new Replicated(s.withRun(s.run().withSeed(seed)), List.copyOf(chosen));
    }

    /** One replicate's scenario and strategies. */
    record Replicated(Scenario scenario, List<Strategy> strategies) {
    }

    synchronized List<Strategy> strategies() {
        return strategies;
    }
}
