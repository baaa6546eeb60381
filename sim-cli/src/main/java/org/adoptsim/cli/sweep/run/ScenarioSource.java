package org.adoptsim.cli.sweep.run;

import java.nio.file.Path;
import java.util.Map;
import org.adoptsim.cli.SourceLocation;

/**
 * Opens the scenario file a sweep names as a {@link ScenarioFactory}. The command line uses the YAML
 * scenario loader; tests plug in programmatic factories.
 */
@FunctionalInterface
public interface ScenarioSource {

    /**
     * The factory for the scenario file at {@code file}; {@code display} is its name in messages and
     * {@code origins} says where in the sweep file each override path is set (for located errors).
     */
    ScenarioFactory open(Path file, String display, Map<String, SourceLocation> origins);
}
