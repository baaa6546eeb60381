package org.adoptsim.cli.compare;

import java.util.List;
import org.adoptsim.cli.scenario.input.InputFile;
import org.adoptsim.core.config.Scenario;

/**
 * A scenario to run and where it came from, for the manifest and the report.
 *
 * @param file        the file as named on the command line
 * @param sha256      SHA-256 of the file's bytes
 * @param description the file's description, or null
 * @param inputs      the files the scenario file names (teams, edge lists) with their SHA-256; empty
 *                    when it names none
 */
public record ScenarioInput(Scenario scenario, String file, String sha256, String description,
        List<InputFile> inputs) {

    public ScenarioInput {
        inputs = List.copyOf(inputs);
    }

    public ScenarioInput withScenario(Scenario s) {
        return new ScenarioInput(s, file, sha256, description, inputs);
    }
}
