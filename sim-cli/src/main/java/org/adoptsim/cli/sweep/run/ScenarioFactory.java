package org.adoptsim.cli.sweep.run;

import java.util.List;
import java.util.Map;
import org.adoptsim.cli.scenario.input.InputFile;
import org.adoptsim.core.config.Scenario;

/**
 * Builds the scenario of one sweep point: the base scenario with {@code overrides} applied, each keyed
 * by its path in the scenario file format ({@code strategies.earned.coalition.size}) with a plain value
 * (Long, Double, Boolean, String, or List/Map for structured fields). A path or value the scenario
 * format does not accept is a {@link RuntimeException} whose message is one line saying why.
 * Implementations must be thread-safe: sweep workers call them concurrently.
 */
@FunctionalInterface
public interface ScenarioFactory {

    Scenario at(Map<String, Object> overrides);

    /**
     * The files besides the scenario file that {@link #at} reads for these overrides (teams, edge lists),
     * with their SHA-256, in the order first read: part of what decides a sweep's results. None by
     * default, for a factory that reads no files.
     */
    default List<InputFile> inputs(Map<String, Object> overrides) {
        return List.of();
    }
}
