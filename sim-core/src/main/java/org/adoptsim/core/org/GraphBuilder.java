package org.adoptsim.core.org;

import java.util.Arrays;

/**
 * Collects edges into growable primitive arrays and turns them into a {@link Graph}. Self-loops and
 * duplicate edges are dropped; the result does not depend on the order edges were added.
 */
final class GraphBuilder {
    private final int nodes;
    private final boolean undirected;
    private int[] from = new int[64];
    private int[] to = new int[64];
    private int size;

    GraphBuilder(int nodes, boolean undirected) {
        this.nodes = nodes;
        this.undirected = undirected;
    }

    void add(int a, int b) {
        if (a < 0 || a >= nodes || b < 0 || b >= nodes) {
            throw new IllegalArgumentException("edge " + a + "-" + b + ": team index outside 0.." + (nodes - 1));
        }
        if (a == b) {
            return;
        }
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
            to = Arrays.copyOf(to, size * 2);
        }
        from[size] = a;
        to[size] = b;
        size++;
    }

    Graph build() {
        int[] offsets = new int[nodes + 1];
        for (int e = 0; e < size; e++) {
            offsets[from[e] + 1]++;
            if (undirected) {
                offsets[to[e] + 1]++;
            }
        }
        for (int i = 0; i < nodes; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] fill = Arrays.copyOf(offsets, nodes);
        int[] targets = new int[offsets[nodes]];
        for (int e = 0; e < size; e++) {
            targets[fill[from[e]]++] = to[e];
            if (undirected) {
                targets[fill[to[e]]++] = from[e];
            }
        }
        return compact(offsets, targets);
    }

    private Graph compact(int[] offsets, int[] targets) {
        int[] newOffsets = new int[nodes + 1];
        int w = 0;
        for (int i = 0; i < nodes; i++) {
            int start = offsets[i];
            int end = offsets[i + 1];
            Arrays.sort(targets, start, end);
            for (int k = start; k < end; k++) {
                if (k == start || targets[k] != targets[k - 1]) {
                    targets[w++] = targets[k];
                }
            }
            newOffsets[i + 1] = w;
        }
        return new Graph(newOffsets, w == targets.length ? targets : Arrays.copyOf(targets, w));
    }
}
