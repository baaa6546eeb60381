package org.adoptsim.core.kernel;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.org.Graph;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Graphs, thresholds and seed sets for the kernel tests, built through the public org API. */
final class Graphs {
    private Graphs() {
    }

    /** The influence network the engine would draw for {@code n} teams from (seed, 0). */
    static Graph network(int n, NetworkSpec spec, long seed) {
        Organisation o = Organisation.defaults().withTeams(n).withNetwork(spec)
                .withDependencies(new DependencySpec.None());
        return OrgFactory.draw(o, new RandomStreams(seed, 0)).network();
    }

    /** A graph with exactly these undirected ties. */
    static Graph ties(int n, int[]... pairs) {
        List<NetworkSpec.Edge> edges = new ArrayList<>();
        for (int[] p : pairs) {
            edges.add(new NetworkSpec.Edge(p[0], p[1]));
        }
        return network(n, new NetworkSpec.EdgeList(edges), 0);
    }

    /** The path 0 - 1 - … - (n − 1). */
    static Graph path(int n) {
        int[][] pairs = new int[n - 1][];
        for (int i = 0; i + 1 < n; i++) {
            pairs[i] = new int[] {i, i + 1};
        }
        return ties(n, pairs);
    }

    static UniformRandomProvider rng(long seed) {
        return RandomSource.XO_SHI_RO_256_PP.create(seed);
    }

    /** Thresholds uniform in [lo, hi), with a share of exact simple fractions (ties with a/k are the hard case). */
    static double[] thresholds(int n, double lo, double hi, UniformRandomProvider rng) {
        double[] fractions = {0, 0.1, 0.125, 0.2, 0.25, 1.0 / 3, 0.5, 2.0 / 3, 1, 1.5};
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = rng.nextDouble() < 0.3 ? fractions[rng.nextInt(fractions.length)]
                    : lo + (hi - lo) * rng.nextDouble();
        }
        return theta;
    }

    /** {@code k} distinct nodes at random. */
    static int[] seeds(int n, int k, UniformRandomProvider rng) {
        int[] order = org.apache.commons.rng.sampling.PermutationSampler.natural(n);
        org.apache.commons.rng.sampling.PermutationSampler.shuffle(rng, order);
        return java.util.Arrays.copyOf(order, k);
    }
}
