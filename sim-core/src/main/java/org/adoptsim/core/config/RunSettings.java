package org.adoptsim.core.config;

/** How long and how often to run: weeks per run, replicates per strategy, root seed. */
public record RunSettings(int weeks, int replicates, long seed) {

    public RunSettings {
        Checks.atLeast("weeks", weeks, 1);
        Checks.atLeast("replicates", replicates, 1);
    }

    public static RunSettings defaults() {
        return new RunSettings(104, 200, 42);
    }

    public RunSettings withWeeks(int w) {
        return new RunSettings(w, replicates, seed);
    }

    public RunSettings withReplicates(int r) {
        return new RunSettings(weeks, r, seed);
    }

    public RunSettings withSeed(long s) {
        return new RunSettings(weeks, replicates, s);
    }
}
