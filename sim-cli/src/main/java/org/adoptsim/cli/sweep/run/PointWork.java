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

    synchronized List<Strategy> strategies() {
        return strategies;
    }
}
