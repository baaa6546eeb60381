package org.adoptsim.cli.sweep.design;

/**
 * The full factorial grid over each parameter's levels, in mixed-radix order: the last parameter varies
 * fastest. Coordinates are cell centres {@code (level + ½)/levels}, which {@code Domain.value} maps back
 * to the listed value. Immutable.
 */
public final class GridDesign implements Design {
    private final int[] levels;
    private final long size;

    public GridDesign(int[] levels) {
        this.levels = levels.clone();
        long s = 1;
        for (int l : levels) {
            if (l < 1) {
                throw new IllegalArgumentException("levels: each must be >= 1");
            }
            s = Math.multiplyExact(s, l);
        }
        this.size = s;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int dimensions() {
        return levels.length;
    }

    /** The level index of each parameter at point {@code index}. */
    public void levelsAt(long index, int[] out) {
        long rest = index;
        for (int d = levels.length - 1; d >= 0; d--) {
            out[d] = (int) (rest % levels[d]);
            rest /= levels[d];
        }
    }

    @Override
    public void unit(long index, double[] out) {
        long rest = index;
        for (int d = levels.length - 1; d >= 0; d--) {
            out[d] = (rest % levels[d] + 0.5) / levels[d];
            rest /= levels[d];
        }
    }
}
