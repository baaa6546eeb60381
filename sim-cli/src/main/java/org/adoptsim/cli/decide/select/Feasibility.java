package org.adoptsim.cli.decide.select;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A probability constraint judged from {@code hits} successes in {@code runs}: the estimate and its
 * one-sided Wilson score bounds at confidence {@code 1 − alpha}. FEASIBLE when the lower bound reaches
 * the required probability, INFEASIBLE when the upper bound falls short of it, UNDECIDED otherwise.
 */
public record Feasibility(long hits, long runs, double estimate, double lower, double upper, Status status) {

    public enum Status { FEASIBLE, UNDECIDED, INFEASIBLE }

    public static Feasibility judge(long hits, long runs, double required, double alpha) {
        if (runs < 1 || hits < 0 || hits > runs) {
            throw new IllegalArgumentException("need 0 <= hits <= runs and runs >= 1");
        }
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability(alpha);
        double n = runs;
        double p = hits / n;
        double centre = p + z * z / (2 * n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        double scale = 1 + z * z / n;
        double lo = Math.max(0, (centre - half) / scale);
        double hi = Math.min(1, (centre + half) / scale);
        Status s = lo >= required ? Status.FEASIBLE : hi < required ? Status.INFEASIBLE : Status.UNDECIDED;
        return new Feasibility(hits, runs, p, lo, hi, s);
    }
}
