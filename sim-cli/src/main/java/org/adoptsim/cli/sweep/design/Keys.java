package org.adoptsim.cli.sweep.design;

/**
 * Keyed, stateless randomness for designs and seeds: 64-bit keys derived by hashing with the SplitMix64
 * finaliser, and uniforms that are pure functions of (key, index). Deterministic on every platform and
 * thread; nothing is drawn from a shared generator, so any point of a design can be computed alone.
 */
public final class Keys {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Keys() {
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A key for (key, a): distinct inputs give statistically independent keys. */
    public static long derive(long key, long a) {
        return mix64(mix64(key + GOLDEN) ^ (a + 1) * 0xD1B54A32D192ED03L);
    }

    /** A key for (key, a, b). */
    public static long derive(long key, long a, long b) {
        return derive(derive(key, a), b);
    }

    /** A uniform in the open interval (0, 1), a pure function of (key, index). */
    public static double uniform(long key, long index) {
        return ((derive(key, index) >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** A uniform integer in [0, bound), a pure function of (key, index). */
    public static int below(long key, long index, int bound) {
        return (int) Math.floor(uniform(key, index) * bound);
    }
}
