package org.adoptsim.core.org;

import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.NetworkSpec;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/** Builds the acyclic upstream graph: row i lists the teams that team i depends on. */
final class Dependencies {
    private Dependencies() {
    }

    static Graph build(DependencySpec spec, int n, UniformRandomProvider rng) {
        if (spec instanceof DependencySpec.Random r) {
            return random(n, r.meanUpstream(), rng);
        } else if (spec instanceof DependencySpec.EdgeList list) {
            return fromEdges(n, list);
        }
        return Graph.empty(n);
    }

    /** Teams in random order; each takes Poisson(mean) distinct upstream teams from those before it. */
    static Graph random(int n, double mean, UniformRandomProvider rng) {
        GraphBuilder b = new GraphBuilder(n, false);
        if (mean <= 0 || n < 2) {
            return b.build();
        }
        int[] order = PermutationSampler.natural(n);
        PermutationSampler.shuffle(rng, order);
        var count = PoissonSampler.of(rng, mean);
        for (int pos = 1; pos < n; pos++) {
            int k = Math.min(pos, count.sample());
            for (int j = 0; j < k; j++) {
                int r = j + rng.nextInt(pos - j);
                int tmp = order[r];
                order[r] = order[j];
                order[j] = tmp;
                b.add(order[pos], tmp);
            }
        }
        return b.build();
    }

    static Graph fromEdges(int n, DependencySpec.EdgeList list) {
        GraphBuilder b = new GraphBuilder(n, false);
        for (NetworkSpec.Edge e : list.edges()) {
            b.add(e.from(), e.to());
        }
        Graph g = b.build();
        requireAcyclic(g);
        return g;
    }

    /** Kahn's algorithm; names a team on a cycle if there is one. */
    static void requireAcyclic(Graph g) {
        int n = g.nodes();
        int[] pending = new int[n];
        for (int i = 0; i < n; i++) {
            pending[i] = g.degree(i);
        }
        int[] downstreamCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < g.degree(i); k++) {
                downstreamCount[g.neighbour(i, k) + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            downstreamCount[i + 1] += downstreamCount[i];
        }
        int[] fill = java.util.Arrays.copyOf(downstreamCount, n);
        int[] downstream = new int[g.entries()];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < g.degree(i); k++) {
                downstream[fill[g.neighbour(i, k)]++] = i;
            }
        }
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (pending[i] == 0) {
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int up = queue[head++];
            for (int k = downstreamCount[up]; k < downstreamCount[up + 1]; k++) {
                if (--pending[downstream[k]] == 0) {
                    queue[tail++] = downstream[k];
                }
            }
        }
        if (tail < n) {
            throw new IllegalArgumentException("dependencies: contain a cycle through team " + onCycle(g, pending));
        }
    }

    /**
     * A team on a cycle. Teams left with {@code pending > 0} after Kahn's algorithm each wait on another
     * such team, so walking those edges from any of them must revisit a team, and that team is on a cycle
     * (the first team left over may merely be downstream of one).
     */
    private static int onCycle(Graph g, int[] pending) {
        int n = g.nodes();
        int team = 0;
        while (pending[team] == 0) {
            team++;
        }
        boolean[] seen = new boolean[n];
        while (!seen[team]) {
            seen[team] = true;
            int k = 0;
            while (pending[g.neighbour(team, k)] == 0) {
                k++;
            }
            team = g.neighbour(team, k);
        }
        return team;
    }
}
