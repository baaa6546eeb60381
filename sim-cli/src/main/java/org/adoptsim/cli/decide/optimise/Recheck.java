package org.adoptsim.cli.decide.optimise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.adoptsim.cli.decide.select.Feasibility;
import org.adoptsim.cli.decide.select.ProbabilityConstraint;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Ensemble;

/**
 * The winner re-checked on fresh seeds, side by side with the strategy as the file writes it (common
 * random numbers between the two): the objective's mean and 95 % t interval for each, the paired
 * difference winner − written with its interval, and each constraint judged again on the fresh runs.
 * The finalists (the winner and the plans KN eliminated last) run beside them, and P(best) among the
 * finalists is a bootstrap of the fresh replicates, resampled jointly so the pairs stay paired, with a
 * tie shared equally.
 *
 * @param replicates     fresh replicates run
 * @param finalistsPBest P(best) of each finalist, the winner first
 */
record Recheck(int replicates, Estimate winner, Estimate written, Estimate difference, List<Feasibility> constraints,
        double[] finalistsPBest) {

    /** The mean of {@code v} with its 95 % t interval. */
    private static Estimate estimate(double[] v) {
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
        return Estimate.student(n, m, ss / (n - 1), Estimate.LEVEL);
    }

    static Recheck run(Scenario fresh, List<Strategy> finalists, Strategy written, Target target, int replicates,
            int threads, boolean maximise, long bootstrapSeed) {
        return run(fresh, null, finalists, written, target, replicates, threads, maximise, bootstrapSeed);
    }

    /** @param freshOf replicate r's scenario on the fresh seed (a posterior draw), or null for {@code fresh} throughout */
    static Recheck run(Scenario fresh, IntFunction<Scenario> freshOf, List<Strategy> finalists, Strategy written,
            Target target, int replicates, int threads, boolean maximise, long bootstrapSeed) {
        Strategy winner = finalists.get(0);
        double[] a = new double[replicates];
        double[] b = new double[replicates];
        double[][] f = new double[finalists.size()][replicates];
        List<Strategy> all = new ArrayList<>(finalists);
        all.add(written);
        long[] hits = new long[target.constraints().size()];
        int weeks = fresh.run().weeks();
        try {
            Ensemble ensemble = freshOf == null ? new Ensemble(fresh, all, threads, target.runDetail())
                    : new Ensemble(freshOf, all, threads, target.runDetail());
            ensemble.run(0, replicates, results -> {
                RunResult w = results.get(0);
                int r = w.replicate();
                a[r] = target.column(0, target.objective().of(w), weeks);
                b[r] = target.column(0, target.objective().of(results.get(results.size() - 1)), weeks);
                for (int i = 0; i < f.length; i++) {
                    double v = target.column(0, target.objective().of(results.get(i)), weeks);
                    f[i][r] = maximise ? v : -v;
                }
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
        List<Feasibility> judged = new ArrayList<>();
        for (int c = 0; c < hits.length; c++) {
            judged.add(Feasibility.judge(hits[c], replicates, target.constraints().get(c).probability(), 0.05));
        }
        return new Recheck(replicates, estimate(a), estimate(b), estimate(d), judged,
                pBest(f, 1000, bootstrapSeed));
    }

    /** Share of joint bootstrap resamples in which each row has the largest sum (ties shared). */
    static double[] pBest(double[][] v, int resamples, long seed) {
        int k = v.length;
        int n = v[0].length;
        double[] count = new double[k];
        double[] sums = new double[k];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        int[] pick = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                pick[j] = rnd.nextInt(n);
            }
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < k; i++) {
                sums[i] = 0;
                for (int j : pick) {
                    sums[i] += v[i][j];
                }
                best = Math.max(best, sums[i]);
            }
            int ties = 0;
            for (int i = 0; i < k; i++) {
                ties += sums[i] == best ? 1 : 0;
            }
            for (int i = 0; i < k; i++) {
                if (sums[i] == best) {
                    count[i] += 1.0 / ties;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            count[i] /= resamples;
        }
        return count;
    }
}
