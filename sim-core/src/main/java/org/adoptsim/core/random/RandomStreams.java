package org.adoptsim.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Hands out the random streams of one replicate: a XoShiRo256++ generator (Apache Commons RNG) per
 * {@link Purpose}, seeded from a hash of (root seed, replicate, purpose). Streams of different
 * replicates, purposes or seeds are statistically independent; the same triple always gives the same
 * stream, whichever thread asks. Immutable and thread-safe; the generators it returns are not.
 */
public record RandomStreams(long seed, long replicate) {

    /** A fresh generator for one purpose, positioned at the start of its stream. */
    public UniformRandomProvider stream(Purpose purpose) {
        return RandomSource.XO_SHI_RO_256_PP.create(Mix.key(seed, replicate, purpose.id));
    }

    /** A fresh generator for a numbered sub-source of one purpose (e.g. one archetype's draws). */
    public UniformRandomProvider stream(Purpose purpose, int sub) {
        return RandomSource.XO_SHI_RO_256_PP.create(Mix.key(seed, replicate, purpose.id * 1_000_003L + sub + 1));
    }

    /** Keyed per-team, per-week draws for the events of this replicate. */
    public EventDraws events() {
        return new EventDraws(Mix.key(seed, replicate, 0));
    }
}
