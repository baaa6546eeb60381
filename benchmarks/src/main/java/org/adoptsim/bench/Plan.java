package org.adoptsim.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JMH run of the suite: a benchmark class, the parameter values to cover (none: the class's own
 * {@code @Param} lists), whether to attach the GC profiler, and how many one-second warm-up iterations
 * it needs in quick mode. Other timing comes from the suite's mode.
 */
record Plan(Class<?> benchmark, Map<String, String[]> params, boolean gc, int quickWarmups) {
    /** Four warm-up seconds: with two, C2 was still compiling into the first measured second of some forks. */
    private static final int QUICK_WARMUPS = 4;

    static Plan of(Class<?> benchmark) {
        return new Plan(benchmark, Map.of(), false, QUICK_WARMUPS);
    }

    Plan with(String param, String... values) {
        Map<String, String[]> p = new LinkedHashMap<>(params);
        p.put(param, values);
        return new Plan(benchmark, p, gc, quickWarmups);
    }

    Plan withGc() {
        return new Plan(benchmark, params, true, quickWarmups);
    }

    /** Warms up for {@code seconds} one-second iterations in quick mode instead of {@value #QUICK_WARMUPS}. */
    Plan warmingUpFor(int seconds) {
        return new Plan(benchmark, params, gc, seconds);
    }

    String name() {
        return benchmark.getSimpleName();
    }
}
