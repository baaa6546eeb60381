package org.adoptsim.cli.options;

import picocli.CommandLine.Option;

/** {@code --seed S} (a picocli mixin): the root random seed, by default the scenario's run.seed. */
public final class SeedOption {
    @Option(names = "--seed", paramLabel = "S", description = "Root random seed (default: the scenario's run.seed).")
    Long seed;

    /** The seed given, or {@code scenarios}. */
    public long orElse(long scenarios) {
        return seed != null ? seed : scenarios;
    }

    /** The seed given, or null. */
    public Long given() {
        return seed;
    }
}
