package org.adoptsim.core.random;

/** 64-bit finalising mixers used to derive independent keys from (seed, replicate, purpose, …). */
final class Mix {
    static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Mix() {
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser (the output function of SplitMix64). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long key(long seed, long replicate, long purpose) {
        long k = mix64(seed + GOLDEN);
        k = mix64(k ^ (replicate + 1) * 0xD1B54A32D192ED03L);
        return mix64(k ^ (purpose + 1) * 0xAEF17502108EF2D9L);
    }
}
