package org.adoptsim.cli.init;

import java.util.List;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;

/**
 * The text of a starter scenario: the planner's teams file (and edge lists, if given) with the
 * default rules, the five presets and a commented-out {@code start} block. File names are written as
 * given (relative to the scenario's folder) and quoted for YAML.
 */
final class StarterScenario {
    private StarterScenario() {
    }

    /**
     * @param name         the scenario's name
     * @param teams        the teams file, relative to the scenario's folder
     * @param edges        the influence edge list, or null (then teams are connected by department)
     * @param dependencies the dependency edge list, or null (none)
     * @param teamCount    rows in the teams file (for the comment)
     */
    static String text(String name, String teams, String edges, String dependencies, int teamCount) {
        StringBuilder s = new StringBuilder();
        s.append("# Starter scenario written by `adoptsim init` around ").append(teamCount).append(" teams.\n")
                .append("# Every field is optional; what is left out keeps the defaults of docs/model.md.\n")
                .append("# Check it with: ./adoptsim validate FILE    Run it with: ./adoptsim compare FILE\n")
                .append("# Format: docs/scenario-format.md\n\n")
                .append("name: ").append(quoted(name)).append('\n')
                .append("description: >-\n  Our organisation's ").append(teamCount)
                .append(" teams under the five preset strategies.\n\n")
                .append("organisation:\n")
                .append("  # One row per team. Columns department, archetype, threshold, proof_needed, effort,\n")
                .append("  # capacity, gain, stay_cost, horizon and hidden_deps are optional; a blank cell is\n")
                .append("  # drawn from the distributions under 'attributes' (defaults: docs/model.md).\n")
                .append("  teamsFile: ").append(quoted(teams)).append('\n');
        if (edges != null) {
            s.append("  network: {edges: ").append(quoted(edges)).append("}   # who sees whose adoption\n");
        } else {
            s.append("  # network: {edges: ties.csv}     # who sees whose adoption (default: everyone sees everyone)\n");
        }
        if (dependencies != null) {
            s.append("  dependencies: {edges: ").append(quoted(dependencies))
                    .append("}   # rows: team, upstream it waits for\n");
        } else {
            s.append("  # dependencies: {edges: dependencies.csv}   # rows: team, upstream it waits for\n");
        }
        s.append("  # attributes:                    # distributions for the blank cells, e.g.\n")
                .append("  #   effort: {all: {lognormal: {median: 360, sigma: 0.6}}}   # engineer-hours\n\n")
                .append("run:\n")
                .append("  weeks: 104                       # two years\n")
                .append("  replicates: 200\n")
                .append("  seed: 1\n\n")
                .append("# Forecast from today instead of week 0: the initiative's week, a state file\n")
                .append("# (team,status,progress,done_week,champion) and the levers already in place.\n")
                .append("# start:\n")
                .append("#   week: 30\n")
                .append("#   stateFile: state.csv\n")
                .append("#   tools: [scripts]\n")
                .append("#   dashboard: true\n\n")
                .append("strategies:                        # ./adoptsim presets lists what each sets\n");
        List<Strategy> presets = Scenario.defaults().strategies();
        for (Strategy p : presets) {
            s.append("  ").append(p.name()).append(": {preset: ").append(p.name()).append("}   # ")
                    .append(Presets.describe(p.name()).replace('\n', ' ')).append('\n');
        }
        return s.toString();
    }

    /** A YAML double-quoted scalar: backslash and quote escaped, control characters as \\u escapes. */
    static String quoted(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.getType(c) == Character.FORMAT) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append('"').toString();
    }
}
