package org.adoptsim.cli.sweep.design;

/**
 * Morris's one-at-a-time trajectories on a p-level grid {0, 1/(p−1), …, 1} (p even), with step
 * Δ = p / (2(p−1)): each trajectory starts at a random grid point and moves every parameter once, in a
 * random order and a random direction, so that consecutive points differ in exactly one coordinate by
 * ±Δ. Trajectory t has k+1 points ({@code index = t·(k+1) + step}); its randomness is keyed by
 * (key, t), so any point is computed alone. Immutable and thread-safe.
 */
public final class MorrisDesign implements Design {
    private final int trajectories;
    private final int k;
    private final int p;
    private final long key;

    public MorrisDesign(int trajectories, int dimensions, int levels, long key) {
        if (trajectories < 1 || dimensions < 1 || levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("trajectories, dimensions >= 1; levels even and >= 2");
        }
        this.trajectories = trajectories;
        this.k = dimensions;
        this.p = levels;
        this.key = key;
    }

    /** The step Δ in unit coordinates. */
    public double delta() {
        return p / (2.0 * (p - 1));
    }

    @Override
    public long size() {
        return (long) trajectories * (k + 1);
    }

    @Override
    public int dimensions() {
        return k;
    }

    @Override
    public int gridLevels() {
        return p;
    }

    @Override
    public void unit(long index, double[] out) {
        long t = index / (k + 1);
        int step = (int) (index % (k + 1));
        long tk = Keys.derive(key, t);
        int half = p / 2;
        int[] order = order(tk);
        int[] level = new int[k];
        for (int d = 0; d < k; d++) {
            boolean up = Keys.uniform(Keys.derive(tk, 1), d) < 0.5;
            level[d] = up ? Keys.below(Keys.derive(tk, 2), d, half) : half + Keys.below(Keys.derive(tk, 2), d, half);
        }
        for (int s = 0; s < step; s++) {
            int d = order[s];
            level[d] += level[d] < half ? half : -half;
        }
        for (int d = 0; d < k; d++) {
            out[d] = level[d] / (double) (p - 1);
        }
    }

    private int[] order(long tk) {
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        long shuffleKey = Keys.derive(tk, 3);
        for (int i = k - 1; i > 0; i--) {
            int j = Keys.below(shuffleKey, i, i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
