package org.adoptsim.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JMH run of the suite: a benchmark class, the parameter values to cover (none: the class's own
 * {@code @Param} lists), and whether to attach the GC profiler. Timing comes from the suite's mode.
 */
record Plan(Class<?> benchmark, Map<String, String[]> params, boolean gc) {

    static Plan of(Class<?> benchmark) {
        return new Plan(benchmark, Map.of(), false);
    }

    Plan with(String param, String... values) {
        Map<String, String[]> p = new LinkedHashMap<>(params);
        p.put(param, values);
        return new Plan(benchmark, p, gc);
    }

    Plan withGc() {
        return new Plan(benchmark, params, true);
    }

    String name() {
        return benchmark.getSimpleName();
    }
}
