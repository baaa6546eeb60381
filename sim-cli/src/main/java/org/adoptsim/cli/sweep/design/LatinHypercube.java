package org.adoptsim.cli.sweep.design;

/**
 * A Latin hypercube of n points: in every dimension d, point i falls in stratum π_d(i) of the n equal
 * strata, at a uniformly random place inside it, with π_d a keyed pseudo-random permutation. So each
 * stratum of each dimension holds exactly one point. Deterministic in the key; O(1) memory; immutable.
 */
public final class LatinHypercube implements Design {
    private final long n;
    private final KeyedPermutation[] strata;
    private final long[] jitterKeys;

    public LatinHypercube(long n, int dimensions, long key) {
        if (n < 1 || dimensions < 1) {
            throw new IllegalArgumentException("n and dimensions: must be >= 1");
        }
        this.n = n;
        this.strata = new KeyedPermutation[dimensions];
        this.jitterKeys = new long[dimensions];
        for (int d = 0; d < dimensions; d++) {
            strata[d] = new KeyedPermutation(n, Keys.derive(key, 2L * d));
            jitterKeys[d] = Keys.derive(key, 2L * d + 1);
        }
    }

    @Override
    public long size() {
        return n;
    }

    @Override
    public int dimensions() {
        return strata.length;
    }

    @Override
    public void unit(long index, double[] out) {
        for (int d = 0; d < strata.length; d++) {
            out[d] = (strata[d].apply(index) + Keys.uniform(jitterKeys[d], index)) / n;
        }
    }
}
