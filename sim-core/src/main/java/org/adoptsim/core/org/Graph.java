package org.adoptsim.core.org;

import java.util.Arrays;

/**
 * An immutable graph in compressed sparse row layout: the neighbours of node i are
 * {@code targets[offsets[i] .. offsets[i+1])}, sorted ascending, without duplicates or self-loops.
 * For undirected graphs every tie appears in both rows. The arrays are exposed to the engine
 * package-wide for its hot loops and must never be written.
 */
public final class Graph {
    final int[] offsets;
    final int[] targets;

    Graph(int[] offsets, int[] targets) {
        this.offsets = offsets;
        this.targets = targets;
    }

    public static Graph empty(int nodes) {
        return new Graph(new int[nodes + 1], new int[0]);
    }

    public int nodes() {
        return offsets.length - 1;
    }

    /** Directed entries; twice the number of ties for an undirected graph. */
    public int entries() {
        return targets.length;
    }

    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    public int neighbour(int node, int k) {
        return targets[offsets[node] + k];
    }

    public int[] neighbours(int node) {
        return Arrays.copyOfRange(targets, offsets[node], offsets[node + 1]);
    }

    public double meanDegree() {
        return nodes() == 0 ? 0 : (double) entries() / nodes();
    }

    /** The CSR row starts; read-only by contract (for the engine's hot loops). */
    public int[] offsetsView() {
        return offsets;
    }

    /** The CSR targets; read-only by contract (for the engine's hot loops). */
    public int[] targetsView() {
        return targets;
    }

    /** Bytes held by the two arrays (for memory reports). */
    public long bytes() {
        return 4L * (offsets.length + targets.length);
    }
}
