package org.adoptsim.cli.decide.optimise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.sweep.design.LatinHypercube;

/**
 * The candidate plans: every combination of the levers' values when all are finite and there are at
 * most {@code cap} combinations (first lever slowest), otherwise {@code cap} points of a Latin hypercube
 * (the sweep module's design, keyed by the seed, so the plans are reproducible). Each plan is the value
 * of each lever, in lever order. Immutable.
 */
public record CandidatePlans(List<Lever> levers, List<List<Object>> plans, boolean grid) {

    public CandidatePlans {
        levers = List.copyOf(levers);
        plans = List.copyOf(plans);
    }

    public static CandidatePlans of(List<Lever> levers, int cap, long seed) {
        long combos = 1;
        boolean finite = true;
        for (Lever l : levers) {
            finite &= l.finite();
            combos = finite ? Math.min(Long.MAX_VALUE / 2, combos * l.values().size()) : combos;
        }
        List<List<Object>> plans = new ArrayList<>();
        if (finite && combos <= cap) {
            int[] idx = new int[levers.size()];
            for (long c = 0; c < combos; c++) {
                List<Object> p = new ArrayList<>();
                for (int j = 0; j < levers.size(); j++) {
                    p.add(levers.get(j).values().get(idx[j]));
                }
                plans.add(p);
                for (int j = levers.size() - 1; j >= 0; j--) {
                    if (++idx[j] < levers.get(j).values().size()) {
                        break;
                    }
                    idx[j] = 0;
                }
            }
            return new CandidatePlans(levers, plans, true);
        }
        LatinHypercube lhs = new LatinHypercube(cap, levers.size(), seed);
        double[] u = new double[levers.size()];
        java.util.Set<List<Object>> seen = new java.util.HashSet<>();
        for (long i = 0; i < cap; i++) {
            lhs.unit(i, u);
            List<Object> p = new ArrayList<>();
            for (int j = 0; j < levers.size(); j++) {
                p.add(levers.get(j).at(u[j]));
            }
            if (seen.add(p)) {
                plans.add(p);
            }
        }
        return new CandidatePlans(levers, plans, false);
    }

    /** The scenario overrides of plan {@code i}: every path of every lever set to the plan's value. */
    public Map<String, Object> overrides(int i) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int j = 0; j < levers.size(); j++) {
            for (String path : levers.get(j).paths()) {
                o.put(path, plans.get(i).get(j));
            }
        }
        return o;
    }

    public int size() {
        return plans.size();
    }
}
