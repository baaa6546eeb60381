package org.adoptsim.core.org;

import java.util.Arrays;
import org.adoptsim.core.config.NetworkSpec;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;

/**
 * Builds influence networks. Every generator draws only from the stream it is given; the complete
 * network is not materialised (the engine computes its local proof in O(1) per team).
 */
final class Networks {
    private Networks() {
    }

    static Graph build(NetworkSpec spec, int n, int[] department, int departments, UniformRandomProvider rng) {
        if (spec instanceof NetworkSpec.ErdosRenyi er) {
            return erdosRenyi(n, er.meanDegree(), rng);
        } else if (spec instanceof NetworkSpec.WattsStrogatz ws) {
            return wattsStrogatz(n, ws.k(), ws.rewire(), rng);
        } else if (spec instanceof NetworkSpec.BarabasiAlbert ba) {
            return barabasiAlbert(n, ba.m(), rng);
        } else if (spec instanceof NetworkSpec.Departments d) {
            return departments(n, department, departments, d, rng);
        } else if (spec instanceof NetworkSpec.EdgeList list) {
            return fromEdges(n, list);
        }
        return Graph.empty(n); // None, and Complete (never materialised)
    }

    /**
     * G(n, p) by geometric skipping over the pairs (Batagelj and Brandes 2005): O(n + m). The skips visit
     * the pairs (v, w), w &lt; v, in order of v and then w, so each tie is new and every team's lower
     * neighbours come out ascending and grouped by team, before any of its higher neighbours: the CSR
     * rows are filled in that order, already sorted and free of duplicates, straight from one primitive
     * array of lower ends (no edge list of pairs, no sort; the same graph {@link GraphBuilder} would build).
     */
    static Graph erdosRenyi(int n, double meanDegree, UniformRandomProvider rng) {
        if (n < 2 || meanDegree <= 0) {
            return Graph.empty(n);
        }
        double p = Math.min(1.0, meanDegree / (n - 1));
        if (p >= 1.0) {
            GraphBuilder b = new GraphBuilder(n, true);
            for (int v = 1; v < n; v++) {
                for (int w = 0; w < v; w++) {
                    b.add(v, w);
                }
            }
            return b.build();
        }
        var skip = GeometricSampler.of(rng, p);
        int[] offsets = new int[n + 1];
        int[] lowerCount = new int[n];
        int[] lower = new int[tieCapacity(p * ((double) n * (n - 1) / 2))];
        int ties = 0;
        long v = 1;
        long w = -1;
        while (v < n) {
            w += 1 + skip.sample();
            while (w >= v && v < n) {
                w -= v;
                v++;
            }
            if (v < n) {
                if (ties == lower.length) {
                    lower = Arrays.copyOf(lower, Math.addExact(ties, (ties >> 1) + 16));
                }
                lower[ties++] = (int) w;
                lowerCount[(int) v]++;
                offsets[(int) v + 1]++;
                offsets[(int) w + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] targets = new int[offsets[n]];
        int e = 0;
        for (int t = 0; t < n; t++) {
            int count = lowerCount[t];
            System.arraycopy(lower, e, targets, offsets[t], count);
            for (int k = e; k < e + count; k++) {
                targets[lowerCount[lower[k]]++] = t;
            }
            lowerCount[t] = offsets[t] + count; // from here on: where t's next higher neighbour goes
            e += count;
        }
        return new Graph(offsets, targets);
    }

    /** Room for the expected number of ties plus eight standard deviations, so it rarely has to grow. */
    private static int tieCapacity(double expected) {
        return (int) Math.min(Integer.MAX_VALUE - 8, expected + 8 * Math.sqrt(expected) + 16);
    }

    /** Ring of n with k/2 neighbours each side; each tie's far end rewired with probability beta. */
    static Graph wattsStrogatz(int n, int k, double beta, UniformRandomProvider rng) {
        GraphBuilder b = new GraphBuilder(n, true);
        if (n < 2) {
            return b.build();
        }
        int half = Math.min(k / 2, (n - 1) / 2);
        for (int i = 0; i < n; i++) {
            for (int j = 1; j <= half; j++) {
                int target = (i + j) % n;
                if (rng.nextDouble() < beta) {
                    int r = rng.nextInt(n - 1);
                    target = r >= i ? r + 1 : r;
                }
                b.add(i, target);
            }
        }
        return b.build();
    }

    /** Preferential attachment from a clique of m + 1 teams; targets drawn from the degree list. */
    static Graph barabasiAlbert(int n, int m, UniformRandomProvider rng) {
        GraphBuilder b = new GraphBuilder(n, true);
        int seedSize = Math.min(n, m + 1);
        int[] ends = new int[2 * (seedSize * seedSize + (n * m))];
        int size = 0;
        for (int v = 0; v < seedSize; v++) {
            for (int w = 0; w < v; w++) {
                b.add(v, w);
                ends[size++] = v;
                ends[size++] = w;
            }
        }
        int[] chosen = new int[m];
        for (int v = seedSize; v < n; v++) {
            int c = 0;
            while (c < m) {
                int t = ends[rng.nextInt(size)];
                if (!contains(chosen, c, t)) {
                    chosen[c++] = t;
                }
            }
            for (int k = 0; k < m; k++) {
                b.add(v, chosen[k]);
                ends[size++] = v;
                ends[size++] = chosen[k];
            }
        }
        return b.build();
    }

    private static boolean contains(int[] a, int len, int x) {
        for (int i = 0; i < len; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pairs inside a department linked with probability inside; random cross-department ties. The
     * inside pairs are drawn in (v, w) order, visiting only same-department pairs: O(Σ size²), not O(n²).
     */
    static Graph departments(int n, int[] dept, int departments, NetworkSpec.Departments spec,
            UniformRandomProvider rng) {
        GraphBuilder b = new GraphBuilder(n, true);
        int[] start = new int[departments + 1];
        for (int v = 0; v < n; v++) {
            start[dept[v] + 1]++;
        }
        for (int d = 0; d < departments; d++) {
            start[d + 1] += start[d];
        }
        int[] members = new int[n];
        int[] cursor = Arrays.copyOf(start, departments);
        for (int v = 0; v < n; v++) {
            members[cursor[dept[v]]++] = v;
        }
        System.arraycopy(start, 0, cursor, 0, departments);
        for (int v = 0; v < n; v++) {
            int d = dept[v];
            for (int k = ++cursor[d]; k < start[d + 1]; k++) {
                if (rng.nextDouble() < spec.inside()) {
                    b.add(v, members[k]);
                }
            }
        }
        if (departments > 1 && n > 1) {
            long cross = Math.round(n * spec.crossTiesPerTeam() / 2.0);
            for (long e = 0; e < cross; e++) {
                int v = rng.nextInt(n);
                int w = rng.nextInt(n);
                while (dept[w] == dept[v]) {
                    w = rng.nextInt(n);
                }
                b.add(v, w);
            }
        }
        return b.build();
    }

    static Graph fromEdges(int n, NetworkSpec.EdgeList list) {
        GraphBuilder b = new GraphBuilder(n, true);
        for (NetworkSpec.Edge e : list.edges()) {
            b.add(e.from(), e.to());
        }
        return b.build();
    }
}
