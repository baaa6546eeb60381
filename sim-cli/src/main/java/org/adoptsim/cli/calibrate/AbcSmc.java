package org.adoptsim.cli.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adoptsim.cli.results.stats.Quantiles;
import org.adoptsim.core.run.OrderedWork;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (Beaumont et al. 2009; Del Moral et al.
 * 2012) with an adaptive tolerance and adaptive distance weights (Prangle 2017). Pure: a model (θ and a
 * seed in, summaries out), a prior box and the observed summaries in; populations out.
 *
 * <ul>
 *   <li>Generation 0 draws {@code particles} proposals from the prior and keeps them all.</li>
 *   <li>After each generation the distance is re-weighted: each summary is divided by its median
 *       absolute deviation over all of that generation's simulations (its mean absolute deviation where
 *       the MAD is 0; dropped where both are 0), and the next tolerance is the {@code quantile} of the
 *       generation's particles' distances under the new weights.</li>
 *   <li>Generation t ≥ 1 proposes a particle drawn by weight from generation t−1, moved by a Gaussian
 *       kernel with twice the weighted covariance of that generation (Beaumont et al. 2009), redrawn
 *       while outside the prior box; keeps it if its simulated distance is within the tolerance; its
 *       importance weight is prior / Σ_j w_j K(u | u_j) (the prior is flat in u).</li>
 *   <li>Stops after {@code generations}, or a generation accepting fewer than {@code minAcceptance} of
 *       its proposals, or when the simulation budget is spent (then the unfinished generation is
 *       dropped).</li>
 * </ul>
 *
 * <p><b>Reproducible at any thread count.</b> Proposal k of generation t takes all its random numbers
 * (the particle it moves, the move, the run's seed) from a stream keyed by (seed, t, k); proposals run
 * in parallel but are judged in order, and a generation keeps its first {@code particles} acceptances.
 * The state after a generation is a {@link Population}; {@link #resume} continues from one exactly.
 */
public final class AbcSmc {

    /** The simulator: summaries of one run at θ with the given seed. Must be thread-safe and pure. */
    @FunctionalInterface
    public interface Model {
        double[] summaries(double[] theta, long seed);
    }

    /** Told each finished generation (a checkpoint), and each judged proposal (progress). */
    public interface Listener {
        void generation(Population p);

        default void proposal(int generation, long judged, int accepted) {
        }
    }

    private final Model model;
    private final Prior prior;
    private final double[] observed;
    private final AbcSettings settings;

    public AbcSmc(Model model, Prior prior, double[] observed, AbcSettings settings) {
        this.model = model;
        this.prior = prior;
        this.observed = observed.clone();
        this.settings = settings;
    }

    /** Runs from the prior; returns every finished generation, the last being the posterior. */
    public List<Population> run(Listener listener) throws InterruptedException {
        return resume(List.of(), listener);
    }

    /** Continues after the given finished generations (from a checkpoint; empty: from the prior). */
    public List<Population> resume(List<Population> done, Listener listener) throws InterruptedException {
        List<Population> out = new ArrayList<>(done);
        if (out.isEmpty()) {
            Population first = generation(null, listener, 0);
            if (first == null) {
                return out;
            }
            out.add(first);
            listener.generation(first);
        }
        while (true) {
            Population last = out.get(out.size() - 1);
            if (last.generation() + 1 >= settings.generations() || (last.generation() > 0
                    && last.acceptance() < settings.minAcceptance())
                    || last.totalSimulations() >= settings.maxSimulations()) {
                return out;
            }
            Population next = generation(last, listener, last.totalSimulations());
            if (next == null) {
                return out;
            }
            out.add(next);
            listener.generation(next);
        }
    }

    /** One judged proposal. */
    private record Proposal(double[] u, double[] x, double weightDenominator) {
    }

    private Population generation(Population previous, Listener listener, long simulatedBefore)
            throws InterruptedException {
        int t = previous == null ? 0 : previous.generation() + 1;
        int n = settings.particles();
        int d = prior.size();
        Kernel kernel = previous == null ? null : Kernel.of(previous, prior);
        double[] scale = previous == null ? null : previous.nextScale();
        double tolerance = previous == null ? Double.POSITIVE_INFINITY : previous.nextTolerance();
        List<double[]> allX = new ArrayList<>();
        double[][] u = new double[n][];
        double[][] x = new double[n][];
        double[] dist = new double[n];
        double[] w = new double[n];
        int[] accepted = {0};
        long budget = settings.maxSimulations() - simulatedBefore;
        boolean filled = OrderedWork.run(settings.threads(), 0, Long.MAX_VALUE, k -> () -> propose(t, k, previous, kernel),
                (p, k) -> {
                    allX.add(p.x());
                    double dd = previous == null ? 0 : distance(p.x(), scale);
                    if (dd <= tolerance) {
                        int i = accepted[0]++;
                        u[i] = p.u();
                        x[i] = p.x();
                        dist[i] = dd;
                        w[i] = previous == null ? 1 : 1 / p.weightDenominator();
                    }
                    listener.proposal(t, k + 1, accepted[0]);
                }, () -> accepted[0] >= n || allX.size() >= budget);
        if (accepted[0] < n) {
            return null;
        }
        normalise(w);
        double[] nextScale = scales(allX);
        double[] nextDist = new double[n];
        for (int i = 0; i < n; i++) {
            nextDist[i] = distance(x[i], nextScale);
        }
        double nextTolerance = weightedQuantile(nextDist, w, settings.quantile());
        return new Population(t, u, w, x, previous == null ? nextDist : dist, tolerance, nextScale, nextTolerance,
                allX.size(), simulatedBefore + allX.size());
    }

    private Proposal propose(int t, long k, Population previous, Kernel kernel) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(
                new long[] {Seeds.key(settings.seed(), t, k), Seeds.key(settings.seed() ^ 0x5DEECE66DL, t, k)});
        int d = prior.size();
        double[] u = new double[d];
        double denominator = 1;
        if (previous == null) {
            for (int i = 0; i < d; i++) {
                u[i] = prior.lowU(i) + rng.nextDouble() * (prior.highU(i) - prior.lowU(i));
            }
        } else {
            ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
            int tries = 0;
            do {
                int j = kernel.pick(rng.nextDouble());
                kernel.move(previous.u()[j], gauss, u);
                if (++tries > 10_000) {
                    throw new IllegalStateException("the perturbation kernel keeps leaving the prior box");
                }
            } while (!prior.contains(u));
            denominator = kernel.mixtureDensity(u, previous);
        }
        double[] x = model.summaries(prior.toTheta(u), rng.nextLong());
        return new Proposal(u, x, denominator);
    }

    /** Weighted Euclidean distance to the observed summaries. */
    double distance(double[] x, double[] scale) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double z = (x[i] - observed[i]) * scale[i];
            s += z * z;
        }
        return Math.sqrt(s);
    }

    /** Per-summary 1 / MAD over the simulations (1 / mean absolute deviation if the MAD is 0; 0 if that is). */
    static double[] scales(List<double[]> xs) {
        int s = xs.get(0).length;
        double[] out = new double[s];
        double[] column = new double[xs.size()];
        for (int j = 0; j < s; j++) {
            for (int i = 0; i < column.length; i++) {
                column[i] = xs.get(i)[j];
            }
            Arrays.sort(column);
            double median = Quantiles.type7(column, 0.5);
            double[] dev = new double[column.length];
            double mean = 0;
            for (int i = 0; i < column.length; i++) {
                dev[i] = Math.abs(column[i] - median);
                mean += dev[i] / column.length;
            }
            Arrays.sort(dev);
            double mad = Quantiles.type7(dev, 0.5);
            out[j] = mad > 0 ? 1 / mad : mean > 0 ? 1 / mean : 0;
        }
        return out;
    }

    static void normalise(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= s;
        }
    }

    /** The smallest value whose cumulative weight reaches q. */
    static double weightedQuantile(double[] values, double[] weights, double q) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double c = 0;
        for (Integer i : order) {
            c += weights[i];
            if (c >= q * total) {
                return values[i];
            }
        }
        return values[order[order.length - 1]];
    }

    /** The perturbation kernel: N(u_j, 2Σ), Σ the previous generation's weighted covariance in u. */
    static final class Kernel {
        private final double[][] lower;
        private final double[][] inverseLower;
        private final double[] cumulative;

        private Kernel(double[][] lower, double[][] inverseLower, double[] cumulative) {
            this.lower = lower;
            this.inverseLower = inverseLower;
            this.cumulative = cumulative;
        }

        static Kernel of(Population p, Prior prior) {
            int d = prior.size();
            int n = p.u().length;
            double[] mean = new double[d];
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < d; a++) {
                    mean[a] += p.weights()[i] * p.u()[i][a];
                }
            }
            double[][] cov = new double[d][d];
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        cov[a][b] += 2 * p.weights()[i] * (p.u()[i][a] - mean[a]) * (p.u()[i][b] - mean[b]);
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                double range = prior.highU(a) - prior.lowU(a);
                cov[a][a] += 1e-10 * range * range;
            }
            double[][] l;
            try {
                l = new CholeskyDecomposition(MatrixUtils.createRealMatrix(cov), 1e-12, 1e-14).getL().getData();
            } catch (NonPositiveDefiniteMatrixException e) {
                l = new double[d][d];
                for (int a = 0; a < d; a++) {
                    l[a][a] = Math.sqrt(Math.max(cov[a][a], 1e-12));
                }
            }
            double[][] inv = MatrixUtils.inverse(MatrixUtils.createRealMatrix(l)).getData();
            double[] cum = new double[n];
            double c = 0;
            for (int i = 0; i < n; i++) {
                c += p.weights()[i];
                cum[i] = c;
            }
            return new Kernel(l, inv, cum);
        }

        int pick(double r) {
            double target = r * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, target);
            i = i >= 0 ? i : -i - 1;
            return Math.min(i, cumulative.length - 1);
        }

        void move(double[] from, ZigguratSampler.NormalizedGaussian gauss, double[] out) {
            int d = from.length;
            double[] z = new double[d];
            for (int a = 0; a < d; a++) {
                z[a] = gauss.sample();
            }
            for (int a = 0; a < d; a++) {
                double s = 0;
                for (int b = 0; b <= a; b++) {
                    s += lower[a][b] * z[b];
                }
                out[a] = from[a] + s;
            }
        }

        /** Σ_j w_j K(u | u_j), up to the kernel's constant (the same for every particle). */
        double mixtureDensity(double[] u, Population p) {
            int d = u.length;
            double total = 0;
            double[] diff = new double[d];
            for (int j = 0; j < p.u().length; j++) {
                for (int a = 0; a < d; a++) {
                    diff[a] = u[a] - p.u()[j][a];
                }
                double q = 0;
                for (int a = 0; a < d; a++) {
                    double s = 0;
                    for (int b = 0; b <= a; b++) {
                        s += inverseLower[a][b] * diff[b];
                    }
                    q += s * s;
                }
                total += p.weights()[j] * Math.exp(-0.5 * q);
            }
            return total;
        }
    }
}
