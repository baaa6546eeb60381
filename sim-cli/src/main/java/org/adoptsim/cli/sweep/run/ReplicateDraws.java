package org.adoptsim.cli.sweep.run;

import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.adoptsim.cli.scenario.input.InputFile;

/**
 * Parameters drawn per replicate rather than fixed per point ({@code sweep --posterior DIR}: one joint
 * parameter set from a calibration's posterior per pair of replicates). {@code overrides} gives
 * replicate r's drawn values as scenario overrides (path → value); it must be thread-safe and depend on
 * r alone, so every point's replicate r gets the same draw (common random numbers across points).
 * {@code source} names the file the draws come from and its SHA-256, for the sweep's hash and manifest.
 */
public record ReplicateDraws(InputFile source, IntFunction<Map<String, Object>> overrides) {
    public ReplicateDraws {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(overrides, "overrides");
    }
}
