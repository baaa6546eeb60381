package org.adoptsim.cli.sweep.design;

/**
 * A design: a deterministic sequence of points in the unit hypercube, each computed on its own from its
 * index (so shards and resumed runs compute exactly the points they need). Coordinates are cells in
 * (0, 1) for sampling designs, or Morris grid levels in [0, 1] when {@link #gridLevels()} is positive.
 * Implementations are safe to call from one thread at a time.
 */
public interface Design {

    /** Number of points. */
    long size();

    /** Number of coordinates per point (the swept parameters). */
    int dimensions();

    /** Writes point {@code index}'s unit coordinates into {@code out}. */
    void unit(long index, double[] out);

    /** The p of a Morris p-level grid, or 0 for sampling designs. */
    default int gridLevels() {
        return 0;
    }
}
