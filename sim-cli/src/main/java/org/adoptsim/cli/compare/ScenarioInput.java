package org.adoptsim.cli.compare;

import java.util.List;
import org.adoptsim.cli.output.Comparison;
import org.adoptsim.cli.scenario.TeamNames;
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
 * @param teamNames   one name per team from the teams file, or empty when teams are known by index only
 * @param startFrom   the {@code --from} state file the scenario's start was replaced by, or null
 */
public record ScenarioInput(Scenario scenario, String file, String sha256, String description,
        List<InputFile> inputs, List<String> teamNames, Comparison.StartFrom startFrom) {

    public ScenarioInput {
        inputs = List.copyOf(inputs);
        teamNames = List.copyOf(teamNames);
    }

    public ScenarioInput(Scenario scenario, String file, String sha256, String description, List<InputFile> inputs,
            List<String> teamNames) {
        this(scenario, file, sha256, description, inputs, teamNames, null);
    }

    public ScenarioInput(Scenario scenario, String file, String sha256, String description, List<InputFile> inputs) {
        this(scenario, file, sha256, description, inputs, List.of());
    }

    public ScenarioInput withScenario(Scenario s) {
        return new ScenarioInput(s, file, sha256, description, inputs, teamNames, startFrom);
    }

    /** This input with {@code more} files read beside the scenario's (a posterior), in the manifest's inputs. */
    public ScenarioInput withInputs(List<InputFile> more) {
        List<InputFile> all = new java.util.ArrayList<>(inputs);
        all.addAll(more);
        return new ScenarioInput(scenario, file, sha256, description, all, teamNames, startFrom);
    }

    /** Every team's name: from the teams file, else {@code team-1 … team-N} ({@link TeamNames}). */
    public List<String> names() {
        return TeamNames.names(teamNames, scenario.organisation().teams());
    }
}
