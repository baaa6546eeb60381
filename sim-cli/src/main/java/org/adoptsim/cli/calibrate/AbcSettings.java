package org.adoptsim.cli.calibrate;

/**
 * How an ABC-SMC fit runs. Built from {@link #defaults()} by withers.
 *
 * @param particles      accepted particles per generation
 * @param generations    the most generations (the first samples the prior)
 * @param quantile       the next tolerance is this quantile of the current particles' distances
 * @param minAcceptance  stop after a generation whose acceptance rate fell below this
 * @param maxSimulations stop once this many simulations were run in all (the generation that
 *                       reaches it is dropped if it did not fill)
 * @param threads        worker threads; results do not depend on it
 * @param seed           the root of every proposal's random numbers
 */
public record AbcSettings(int particles, int generations, double quantile, double minAcceptance,
        long maxSimulations, int threads, long seed) {

    public AbcSettings {
        if (particles < 2 || generations < 1 || !(quantile > 0 && quantile < 1) || threads < 1 || maxSimulations < 1) {
            throw new IllegalArgumentException("ABC settings out of range");
        }
    }

    /** 500 particles, up to 8 generations, the median as the next tolerance, stop below 3 % acceptance. */
    public static AbcSettings defaults() {
        return new AbcSettings(500, 8, 0.5, 0.03, 2_000_000, 1, 1);
    }

    public AbcSettings withParticles(int n) {
        return new AbcSettings(n, generations, quantile, minAcceptance, maxSimulations, threads, seed);
    }

    public AbcSettings withGenerations(int g) {
        return new AbcSettings(particles, g, quantile, minAcceptance, maxSimulations, threads, seed);
    }

    public AbcSettings withMaxSimulations(long m) {
        return new AbcSettings(particles, generations, quantile, minAcceptance, m, threads, seed);
    }

    public AbcSettings withThreads(int t) {
        return new AbcSettings(particles, generations, quantile, minAcceptance, maxSimulations, t, seed);
    }

    public AbcSettings withSeed(long s) {
        return new AbcSettings(particles, generations, quantile, minAcceptance, maxSimulations, threads, s);
    }
}
