package org.adoptsim.cli.decide.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Selects the best of {@code k} simulated systems, under probability constraints, in four steps:
 * <ol>
 * <li><b>First stage</b>: replicates 0 … n0−1 of every system (common random numbers).</li>
 * <li><b>Feasibility</b>, sequentially: every undecided system gets one more replicate at a time until
 * each constraint is decided — INFEASIBLE when its one-sided upper bound at confidence
 * 1 − {@code feasibilityAlpha} falls short of the required probability (the system is dropped), met when
 * its lower bound reaches the required probability less {@code feasibilityTolerance} — or the replicate
 * budget is reached (the system then stays in, and its judgement says UNDECIDED).</li>
 * <li><b>Screening</b> (Nelson et al. 2001, with half of α): system i survives when, for every other
 * survivor l, {@code mean_i ≥ mean_l − max(0, W_il − δ)}, {@code W_il = t · S_il / √n0}, where S_il is
 * the standard deviation of the paired differences and t the {@code 1 − (α/2)/(k−1)} quantile of
 * Student's t with n0 − 1 degrees of freedom.</li>
 * <li><b>KN</b> (Kim and Nelson 2001, with the other half of α): with
 * {@code h² = (n0−1)·((2·(α/2)/(k−1))^(−2/(n0−1)) − 1)}, one replicate of every survivor at a time, system
 * i is eliminated at replicate count r when {@code mean_i(r) < mean_l(r) − W_il(r)} for some survivor l,
 * {@code W_il(r) = max(0, δ/(2r)·(h²·S²_il/δ² − r))}; it ends when one system is left.</li>
 * </ol>
 * By Bonferroni, the selected system is within δ of the best feasible one with probability at least
 * 1 − α (given normal outputs and correct feasibility judgements). k counts the systems that passed the
 * feasibility check. A replicate budget caps the sequential stage; if it binds, the best mean is taken and
 * the result says the guarantee does not hold. Deterministic for a deterministic sampler. Immutable.
 */
public final class KimNelson {
    private final double delta;
    private final double alpha;
    private final int firstStage;
    private final int maxReplicates;
    private final boolean maximise;
    private final List<ProbabilityConstraint> constraints;
    private final double feasibilityAlpha;
    private final double feasibilityTolerance;
    private final int bootstrap;
    private final long bootstrapSeed;

    private KimNelson(Builder b) {
        this.delta = b.delta;
        this.alpha = b.alpha;
        this.firstStage = b.firstStage;
        this.maxReplicates = Math.max(b.maxReplicates, b.firstStage);
        this.maximise = b.maximise;
        this.constraints = List.copyOf(b.constraints);
        this.feasibilityAlpha = b.feasibilityAlpha;
        this.feasibilityTolerance = b.feasibilityTolerance;
        this.bootstrap = b.bootstrap;
        this.bootstrapSeed = b.bootstrapSeed;
    }

    public static Builder builder() {
        return new Builder();
    }

    public SelectionResult select(int k, Sampler sampler) {
        if (k < 1) {
            throw new IllegalArgumentException("need at least one system");
        }
        State s = new State(k);
        int[] all = java.util.stream.IntStream.range(0, k).toArray();
        for (int r = 0; r < firstStage; r++) {
            s.add(all, sampler.sample(all, r), r);
        }
        SystemResult.Fate[] fate = new SystemResult.Fate[k];
        List<Integer> feasible = new ArrayList<>();
        List<Integer> undecided = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            undecided.add(i);
        }
        for (int r = firstStage; ; r++) {
            List<Integer> still = new ArrayList<>();
            for (int i : undecided) {
                Feasibility.Status st = s.status(i);
                if (st == Feasibility.Status.INFEASIBLE) {
                    fate[i] = SystemResult.Fate.INFEASIBLE;
                } else if (st == Feasibility.Status.FEASIBLE || r >= maxReplicates) {
                    feasible.add(i);
                } else {
                    still.add(i);
                }
            }
            undecided = still;
            if (undecided.isEmpty()) {
                break;
            }
            int[] idx = undecided.stream().mapToInt(Integer::intValue).toArray();
            s.add(idx, sampler.sample(idx, r), r);
        }
        java.util.Collections.sort(feasible);
        if (feasible.isEmpty()) {
            return s.result(fate, -1, true, 0);
        }
        int kk = feasible.size();
        double[][] var = new double[k][];
        List<Integer> alive = screen(s, feasible, fate, var);
        int screenedIn = alive.size();
        double eta = 0.5 * (Math.pow(2 * (alpha / 2) / Math.max(1, kk - 1), -2.0 / (firstStage - 1)) - 1);
        double h2 = 2 * eta * (firstStage - 1);
        int r = firstStage;
        boolean guaranteed = true;
        while (alive.size() > 1) {
            List<Integer> keep = new ArrayList<>();
            double[] mean = new double[k];
            for (int i : alive) {
                mean[i] = s.mean(i, r);
            }
            for (int i : alive) {
                boolean out = false;
                for (int l : alive) {
                    if (l != i) {
                        double w = Math.max(0, delta / (2.0 * r) * (h2 * var[i][l] / (delta * delta) - r));
                        if (mean[i] < mean[l] - w) {
                            out = true;
                            break;
                        }
                    }
                }
                if (out) {
                    fate[i] = SystemResult.Fate.ELIMINATED;
                } else {
                    keep.add(i);
                }
            }
            alive = keep;
            if (alive.size() <= 1) {
                break;
            }
            if (r >= maxReplicates || allWidthsZero(alive, var, h2, r)) {
                guaranteed = allWidthsZero(alive, var, h2, r);
                int best = alive.get(0);
                for (int i : alive) {
                    if (s.mean(i, r) > s.mean(best, r)) {
                        best = i;
                    }
                }
                for (int i : alive) {
                    if (i != best) {
                        fate[i] = SystemResult.Fate.ELIMINATED;
                    }
                }
                alive = List.of(best);
                break;
            }
            final int next = r;
            int[] idx = alive.stream().filter(i -> s.n[i] == next).mapToInt(Integer::intValue).toArray();
            if (idx.length > 0) {
                s.add(idx, sampler.sample(idx, r), r);
            }
            r++;
        }
        int chosen = alive.get(0);
        fate[chosen] = SystemResult.Fate.SELECTED;
        return s.result(fate, chosen, guaranteed, screenedIn);
    }

    private boolean allWidthsZero(List<Integer> alive, double[][] var, double h2, int r) {
        for (int i : alive) {
            for (int l : alive) {
                if (l != i && h2 * var[i][l] / (delta * delta) > r) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Screening on the first stage; fills {@code var} (paired-difference variances) for the survivors. */
    private List<Integer> screen(State s, List<Integer> feasible, SystemResult.Fate[] fate, double[][] var) {
        int kk = feasible.size();
        for (int i : feasible) {
            var[i] = new double[s.k];
        }
        for (int a = 0; a < kk; a++) {
            for (int b = a + 1; b < kk; b++) {
                int i = feasible.get(a);
                int l = feasible.get(b);
                double v = s.differenceVariance(i, l, firstStage);
                var[i][l] = v;
                var[l][i] = v;
            }
        }
        if (kk == 1) {
            return List.copyOf(feasible);
        }
        double t = TDistribution.of(firstStage - 1).inverseSurvivalProbability((alpha / 2) / (kk - 1));
        List<Integer> keep = new ArrayList<>();
        for (int i : feasible) {
            boolean out = false;
            for (int l : feasible) {
                if (l != i) {
                    double w = t * Math.sqrt(var[i][l] / firstStage);
                    if (s.mean(i, firstStage) < s.mean(l, firstStage) - Math.max(0, w - delta)) {
                        out = true;
                        break;
                    }
                }
            }
            if (out) {
                fate[i] = SystemResult.Fate.SCREENED_OUT;
            } else {
                keep.add(i);
            }
        }
        return keep;
    }

    /** The outputs gathered so far: objective in "larger is better" sign, constraint hits. */
    private final class State {
        final int k;
        final double[][] obj;
        final int[] n;
        final long[][] hits;

        State(int k) {
            this.k = k;
            this.obj = new double[k][firstStage];
            this.n = new int[k];
            this.hits = new long[k][constraints.size()];
        }

        /** Adds replicate {@code r} of each system; every system must have replicates 0 … r−1 already. */
        void add(int[] systems, double[][] out, int r) {
            if (out.length != systems.length) {
                throw new IllegalStateException("the sampler returned " + out.length + " rows for " + systems.length
                        + " systems");
            }
            for (int s = 0; s < systems.length; s++) {
                int i = systems[s];
                if (n[i] != r) {
                    throw new IllegalStateException("system " + i + " has " + n[i] + " replicates, not " + r);
                }
                double v = out[s][0];
                if (!Double.isFinite(v)) {
                    throw new IllegalStateException("system " + i + " gave a non-finite objective: " + v);
                }
                if (n[i] == obj[i].length) {
                    obj[i] = Arrays.copyOf(obj[i], obj[i].length * 2);
                }
                obj[i][n[i]++] = maximise ? v : -v;
                for (int c = 0; c < constraints.size(); c++) {
                    ProbabilityConstraint pc = constraints.get(c);
                    if (pc.met(out[s][pc.column()])) {
                        hits[i][c]++;
                    }
                }
            }
        }

        double mean(int i, int r) {
            double sum = 0;
            for (int j = 0; j < r; j++) {
                sum += obj[i][j];
            }
            return sum / r;
        }

        double differenceVariance(int i, int l, int r) {
            double m = 0;
            for (int j = 0; j < r; j++) {
                m += obj[i][j] - obj[l][j];
            }
            m /= r;
            double ss = 0;
            for (int j = 0; j < r; j++) {
                double d = obj[i][j] - obj[l][j] - m;
                ss += d * d;
            }
            return ss / (r - 1);
        }

        /** INFEASIBLE if any constraint is, FEASIBLE if every one is within the tolerance, else UNDECIDED. */
        Feasibility.Status status(int i) {
            boolean all = true;
            for (int c = 0; c < constraints.size(); c++) {
                ProbabilityConstraint pc = constraints.get(c);
                Feasibility f = Feasibility.judge(hits[i][c], n[i], pc.probability(), feasibilityAlpha);
                if (f.status() == Feasibility.Status.INFEASIBLE) {
                    return Feasibility.Status.INFEASIBLE;
                }
                all &= f.lower() >= pc.probability() - feasibilityTolerance;
            }
            return all ? Feasibility.Status.FEASIBLE : Feasibility.Status.UNDECIDED;
        }

        List<Feasibility> feasibility(int i) {
            List<Feasibility> f = new ArrayList<>();
            for (int c = 0; c < constraints.size(); c++) {
                f.add(Feasibility.judge(hits[i][c], n[i], constraints.get(c).probability(), feasibilityAlpha));
            }
            return f;
        }

        SelectionResult result(SystemResult.Fate[] fate, int chosen, boolean guaranteed, int screenedIn) {
            double[] pBest = pBest(fate);
            List<SystemResult> out = new ArrayList<>(k);
            int most = 0;
            for (int i = 0; i < k; i++) {
                int m = n[i];
                most = Math.max(most, m);
                double mean = mean(i, m);
                double ss = 0;
                for (int j = 0; j < m; j++) {
                    ss += (obj[i][j] - mean) * (obj[i][j] - mean);
                }
                double sd = m > 1 ? Math.sqrt(ss / (m - 1)) : Double.NaN;
                double half = m > 1 ? TDistribution.of(m - 1).inverseSurvivalProbability(0.025) * sd / Math.sqrt(m)
                        : Double.NaN;
                double signed = (maximise ? mean : -mean) + 0.0;
                out.add(new SystemResult(i, fate[i], m, signed, sd, signed - half, signed + half, pBest[i],
                        feasibility(i)));
            }
            return new SelectionResult(out, chosen, guaranteed, most, screenedIn);
        }

        /** Bootstrap of the first-stage replicates, resampled jointly so pairs stay paired. */
        double[] pBest(SystemResult.Fate[] fate) {
            double[] count = new double[k];
            if (bootstrap == 0) {
                Arrays.fill(count, Double.NaN);
                return count;
            }
            SplittableRandom rnd = new SplittableRandom(bootstrapSeed);
            int[] pick = new int[firstStage];
            double[] sums = new double[k];
            for (int b = 0; b < bootstrap; b++) {
                for (int j = 0; j < firstStage; j++) {
                    pick[j] = rnd.nextInt(firstStage);
                }
                double bestSum = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < k; i++) {
                    if (fate[i] != SystemResult.Fate.INFEASIBLE) {
                        sums[i] = 0;
                        for (int j : pick) {
                            sums[i] += obj[i][j];
                        }
                        bestSum = Math.max(bestSum, sums[i]);
                    }
                }
                int ties = 0;
                for (int i = 0; i < k; i++) {
                    if (fate[i] != SystemResult.Fate.INFEASIBLE && sums[i] == bestSum) {
                        ties++;
                    }
                }
                for (int i = 0; i < k; i++) {
                    if (fate[i] != SystemResult.Fate.INFEASIBLE && sums[i] == bestSum) {
                        count[i] += 1.0 / ties;
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                count[i] /= bootstrap;
            }
            return count;
        }
    }

    /** Settings by name. Defaults: α 0.05, first stage 10, budget 1,000 replicates, maximise, 1,000 resamples. */
    public static final class Builder {
        private double delta = Double.NaN;
        private double alpha = 0.05;
        private int firstStage = 10;
        private int maxReplicates = 1000;
        private boolean maximise = true;
        private final List<ProbabilityConstraint> constraints = new ArrayList<>();
        private double feasibilityAlpha = 0.05;
        private double feasibilityTolerance = 0.02;
        private int bootstrap = 1000;
        private long bootstrapSeed = 1;

        /** The indifference zone: differences smaller than this do not matter (required, > 0). */
        public Builder delta(double v) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("delta: must be positive, was " + v);
            }
            this.delta = v;
            return this;
        }

        public Builder alpha(double v) {
            if (!(v > 0 && v < 1)) {
                throw new IllegalArgumentException("alpha: must be in (0, 1), was " + v);
            }
            this.alpha = v;
            return this;
        }

        public Builder firstStage(int v) {
            if (v < 2) {
                throw new IllegalArgumentException("firstStage: must be at least 2, was " + v);
            }
            this.firstStage = v;
            return this;
        }

        public Builder maxReplicates(int v) {
            this.maxReplicates = v;
            return this;
        }

        public Builder maximise(boolean v) {
            this.maximise = v;
            return this;
        }

        public Builder constraint(ProbabilityConstraint c) {
            this.constraints.add(c);
            return this;
        }

        public Builder feasibilityAlpha(double v) {
            if (!(v > 0 && v < 1)) {
                throw new IllegalArgumentException("feasibilityAlpha: must be in (0, 1), was " + v);
            }
            this.feasibilityAlpha = v;
            return this;
        }

        /**
         * How far below the required probability a constraint may be and still count as met when its
         * lower bound says so (an indifference zone for feasibility, so a system sitting right at the
         * threshold does not need endless replicates). Default 0.02.
         */
        public Builder feasibilityTolerance(double v) {
            if (!(v >= 0 && v < 1)) {
                throw new IllegalArgumentException("feasibilityTolerance: must be in [0, 1), was " + v);
            }
            this.feasibilityTolerance = v;
            return this;
        }

        public Builder bootstrap(int resamples, long seed) {
            if (resamples < 0) {
                throw new IllegalArgumentException("bootstrap: must be >= 0");
            }
            this.bootstrap = resamples;
            this.bootstrapSeed = seed;
            return this;
        }

        public KimNelson build() {
            if (Double.isNaN(delta)) {
                throw new IllegalArgumentException("delta: required");
            }
            return new KimNelson(this);
        }
    }
}
