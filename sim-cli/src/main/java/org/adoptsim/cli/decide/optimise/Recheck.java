package org.adoptsim.cli.decide.optimise;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.decide.select.Feasibility;
import org.adoptsim.cli.decide.select.ProbabilityConstraint;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Ensemble;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The winner re-checked on fresh seeds, side by side with the strategy as the file writes it (common
 * random numbers between the two): the objective's mean and 95 % t interval for each, the paired
 * difference winner − written with its interval, and each constraint judged again on the fresh runs.
 *
 * @param replicates fresh replicates run
 */
record Recheck(int replicates, Interval winner, Interval written, Interval difference, List<Feasibility> constraints) {

    /** A mean and its 95 % t interval. */
    record Interval(double mean, double lo, double hi) {
        static Interval of(double[] v) {
            int n = v.length;
            double m = 0;
            for (double x : v) {
                m += x;
            }
            m /= n;
            double ss = 0;
            for (double x : v) {
                ss += (x - m) * (x - m);
            }
            double half = TDistribution.of(n - 1).inverseSurvivalProbability(0.025) * Math.sqrt(ss / (n - 1) / n);
            return new Interval(m, m - half, m + half);
        }
    }

    static Recheck run(Scenario fresh, Strategy winner, Strategy written, Target target, int replicates, int threads) {
        double[] a = new double[replicates];
        double[] b = new double[replicates];
        long[] hits = new long[target.constraints().size()];
        int weeks = fresh.run().weeks();
        boolean series = target.metrics().stream().anyMatch(m -> m.id().startsWith("honest_at_"));
        try {
            new Ensemble(fresh, List.of(winner, written), threads, series).run(0, replicates, results -> {
                RunResult w = results.get(0);
                int r = w.replicate();
                a[r] = target.column(0, target.objective().of(w), weeks);
                b[r] = target.column(0, target.objective().of(results.get(1)), weeks);
                for (int c = 0; c < hits.length; c++) {
                    ProbabilityConstraint pc = target.constraints().get(c);
                    if (pc.met(target.metrics().get(pc.column()).of(w))) {
                        hits[c]++;
                    }
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        double[] d = new double[replicates];
        for (int i = 0; i < replicates; i++) {
            d[i] = a[i] - b[i];
        }
        List<Feasibility> f = new ArrayList<>();
        for (int c = 0; c < hits.length; c++) {
            f.add(Feasibility.judge(hits[c], replicates, target.constraints().get(c).probability(), 0.05));
        }
        return new Recheck(replicates, Interval.of(a), Interval.of(b), Interval.of(d), f);
    }
}
