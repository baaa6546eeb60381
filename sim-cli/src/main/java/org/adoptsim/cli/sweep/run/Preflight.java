package org.adoptsim.cli.sweep.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.scenario.ResourceBudget;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.sweep.spec.Domain;
import org.adoptsim.cli.sweep.spec.Parameter;
import org.adoptsim.cli.sweep.spec.SpecException;
import org.adoptsim.cli.sweep.spec.SweepSpec;
import org.adoptsim.core.config.Scenario;

/**
 * Checks a sweep against its scenario before anything runs, so that a wrong path, an impossible value
 * or an unknown strategy is one located line at once rather than a failure hours in: builds the base
 * scenario with the fixed overrides, checks the strategies, and builds the scenario for each parameter
 * alone at its extreme and middle values (every listed value, up to {@value #MAX_CHECKS} per parameter).
 */
public final class Preflight {
    static final int MAX_CHECKS = 64;

    private Preflight() {
    }

    /** The base scenario (with the fixed overrides); throws {@link SpecException} on the first problem. */
    public static Scenario check(SweepSpec spec, ScenarioFactory factory) {
        Scenario base;
        try {
            base = factory.at(spec.fixed());
        } catch (RuntimeException e) {
            String key = spec.fixed().isEmpty() ? "scenario" : "set." + spec.fixed().keySet().iterator().next();
            throw new SpecException(spec.locate(key), spec.fixed().isEmpty() ? "scenario" : "set",
                    oneLine(e, spec));
        }
        for (String name : spec.strategies()) {
            if (base.strategy(name).isEmpty()) {
                throw new SpecException(spec.locate("strategies." + name), "strategies",
                        "the scenario has no strategy '" + name + "'; it has: "
                                + String.join(", ", base.strategies().stream().map(s -> s.name()).toList()));
            }
        }
        for (Parameter p : spec.parameters()) {
            for (Object v : probes(p.domain(), spec)) {
                Map<String, Object> o = new LinkedHashMap<>(spec.fixed());
                p.paths().forEach(path -> o.put(path, v));
                try {
                    factory.at(o);
                } catch (RuntimeException e) {
                    throw new SpecException(spec.locate("parameters." + p.path()), "parameters." + p.path(),
                            "value " + v + " does not fit the scenario: " + oneLine(e, spec) + hint(p.domain(), oneLine(e, spec)));
                }
            }
        }
        return base;
    }

    /**
     * The probed scenario that needs the most memory ({@link ResourceBudget#bytesPerWorld}), for the
     * memory check before a sweep starts: every parameter at its most demanding probe value at once when
     * that combination builds, otherwise the most demanding single-parameter probe (or the base). Call
     * after {@link #check}, which has already built each probe.
     */
    public static Scenario largest(SweepSpec spec, ScenarioFactory factory) {
        Scenario base = factory.at(spec.fixed());
        Scenario largest = base;
        Map<String, Object> worst = new LinkedHashMap<>(spec.fixed());
        for (Parameter p : spec.parameters()) {
            Scenario largestHere = null;
            for (Object v : probes(p.domain(), spec)) {
                Map<String, Object> o = new LinkedHashMap<>(spec.fixed());
                p.paths().forEach(path -> o.put(path, v));
                Scenario s = factory.at(o);
                if (largestHere == null || bytes(s) > bytes(largestHere)) {
                    largestHere = s;
                    p.paths().forEach(path -> worst.put(path, v));
                }
                if (bytes(s) > bytes(largest)) {
                    largest = s;
                }
            }
        }
        try {
            Scenario combined = factory.at(worst);
            return bytes(combined) > bytes(largest) ? combined : largest;
        } catch (RuntimeException e) {
            // The most demanding values do not fit together (a sweep may pair them only in valid ways).
            return largest;
        }
    }

    private static double bytes(Scenario s) {
        return ResourceBudget.bytesPerWorld(s.organisation());
    }

    static List<Object> probes(Domain d, SweepSpec spec) {
        List<Object> out = new ArrayList<>();
        if (d instanceof Domain.Levels l) {
            int n = l.size();
            int step = Math.max(1, (n + MAX_CHECKS - 1) / MAX_CHECKS);
            for (int i = 0; i < n; i += step) {
                out.add(l.values().get(i));
            }
            if ((n - 1) % step != 0) {
                out.add(l.values().get(n - 1));
            }
            return out;
        }
        int levels = spec.design() instanceof org.adoptsim.cli.sweep.spec.DesignSpec.Morris m ? m.levels() : 0;
        if (levels > 0) {
            out.add(d.atGridLevel(0, levels));
            out.add(d.atGridLevel(1, levels));
        } else {
            out.add(d.value(1e-12));
            out.add(d.value(0.5));
            out.add(d.value(1 - 1e-12));
        }
        return out;
    }

    /** What to change in the sweep file, for the usual causes of a value the scenario rejects. */
    static String hint(Domain d, String problem) {
        if (problem.contains("whole number") && !(d instanceof Domain.Levels)) {
            return " (for a whole-number field, add 'integer: true' to the parameter)";
        }
        if (d instanceof Domain.Dist dist && (Double.isInfinite(dist.lo()) || Double.isInfinite(dist.hi()))) {
            return " (the distribution's tails reach it: bound it with min and max)";
        }
        return "";
    }

    /**
     * The problem in one line; a loader error located in the sweep file itself (a swept value) is given
     * as {@code path: problem}, since the sweep file's location leads the message anyway.
     */
    static String oneLine(RuntimeException e, SweepSpec spec) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof ScenarioException se && se.where().file().equals(spec.locate("").file())) {
            m = (se.path().isEmpty() ? "" : se.path() + ": ") + se.problem();
        }
        return m.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
