package org.adoptsim.cli.results;

import java.util.Objects;

/**
 * A result that follows from an assumption of the model rather than from the simulation, as caveats.csv
 * holds it: which strategy, which metric, and the words that say so.
 *
 * @param strategy the strategy it concerns
 * @param metric   the catalogue metric whose value it explains
 * @param text     one sentence for the verdict and the reading
 */
public record Caveat(String strategy, String metric, String text) {
    public Caveat {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(text, "text");
    }
}
