package org.adoptsim.cli.sweep.design;

/**
 * A pseudo-random permutation of {0, …, n−1} given by a key, evaluated one element at a time in O(1)
 * memory: a balanced 6-round Feistel network on the smallest even number of bits that covers n, with
 * cycle walking to stay below n (fewer than four steps on average). Bijective by construction, so a
 * Latin hypercube of a million points needs no million-element arrays. Immutable and thread-safe.
 */
public final class KeyedPermutation {
    private static final int ROUNDS = 6;
    private final long n;
    private final long key;
    private final int halfBits;
    private final long halfMask;

    public KeyedPermutation(long n, long key) {
        if (n < 1) {
            throw new IllegalArgumentException("n: must be >= 1");
        }
        this.n = n;
        this.key = key;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(n - 1));
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
    }

    /** The image of {@code i ∈ [0, n)}. */
    public long apply(long i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException(i);
        }
        long x = i;
        do {
            x = feistel(x);
        } while (x >= n);
        return x;
    }

    private long feistel(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (int r = 0; r < ROUNDS; r++) {
            long next = left ^ (Keys.derive(key, r, right) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }
}
