package org.adoptsim.cli.calibrate;

/** 64-bit keys for (seed, generation, proposal): SplitMix64's finaliser (Stafford's variant 13). */
final class Seeds {
    private Seeds() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long key(long seed, long a, long b) {
        long k = mix(seed + 0x9E3779B97F4A7C15L);
        k = mix(k ^ (a + 1) * 0xD1B54A32D192ED03L);
        return mix(k ^ (b + 1) * 0xAEF17502108EF2D9L);
    }
}
