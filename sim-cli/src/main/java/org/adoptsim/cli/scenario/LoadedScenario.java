package org.adoptsim.cli.scenario;

import java.util.List;
import java.util.Optional;
import org.adoptsim.cli.scenario.input.InputFile;
import org.adoptsim.core.config.Scenario;

/**
 * A scenario file, loaded: the core {@link Scenario} to run, plus what only the file knows: where it
 * came from, its description, the team names (if it has a teams file), how each strategy was written
 * and the other files it read. Immutable.
 *
 * @param source      the file as the user named it
 * @param scenario    the validated core scenario
 * @param description the file's description, or null
 * @param teamNames   one name per team, or an empty list when teams are known by index only
 * @param strategies  each strategy as written, in file order (the same order as {@code scenario.strategies()})
 * @param inputs      the files it names that were read (teams, edge lists), each once, in the order first read
 */
public record LoadedScenario(String source, Scenario scenario, String description, List<String> teamNames,
        List<StrategyInfo> strategies, List<InputFile> inputs) {

    public LoadedScenario {
        teamNames = List.copyOf(teamNames);
        strategies = List.copyOf(strategies);
        inputs = List.copyOf(inputs);
    }

    /** The team's name: from the teams file, else {@code team-1 … team-N} ({@link TeamNames}). */
    public String teamName(int team) {
        return teamNames.isEmpty() ? TeamNames.of(team) : teamNames.get(team);
    }

    public Optional<StrategyInfo> strategy(String name) {
        return strategies.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
