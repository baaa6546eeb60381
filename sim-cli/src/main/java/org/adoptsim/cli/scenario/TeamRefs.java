package org.adoptsim.cli.scenario;

import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.scenario.input.ScenarioException;
import org.adoptsim.cli.scenario.shape.Problems;

/**
 * Resolves how an edge list refers to a team: by name (with a teams file; looked up first) or by
 * 0-based index; without a teams file also as {@code team-K}, the scenario's K-th team (1-based), the
 * name every output gives such a scenario's teams ({@link TeamNames}). Immutable.
 */
record TeamRefs(TeamTable table, int teams) {

    int resolve(String text, SourceLocation where, String path) {
        if (text.isEmpty()) {
            throw new ScenarioException(where, path, "a team is missing here");
        }
        if (table != null) {
            int i = table.indexOf(text);
            if (i >= 0) {
                return i;
            }
        }
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return index(text.length() > 9 ? Long.MAX_VALUE : Long.parseLong(text), where, path);
        }
        int k = table == null ? TeamNames.indexOf(text) : -1;
        if (k >= teams) {
            throw new ScenarioException(where, path, org.adoptsim.cli.Excerpt.quoted(text) + " is not a team: the scenario has "
                    + teams + " (" + TeamNames.of(0) + " to " + TeamNames.of(teams - 1) + ")");
        }
        if (k >= 0) {
            return k;
        }
        if (table == null) {
            throw new ScenarioException(where, path, org.adoptsim.cli.Excerpt.quoted(text) + " is not a team index (0 to " + (teams - 1)
                    + ") or name (" + TeamNames.of(0) + " to " + TeamNames.of(teams - 1)
                    + "); to use other names, give organisation.teamsFile");
        }
        throw new ScenarioException(where, path, Problems.unknownName("unknown team "
                + org.adoptsim.cli.Excerpt.quoted(text), text, table.names(), "the teams file"));
    }

    int index(long i, SourceLocation where, String path) {
        if (i < 0 || i >= teams) {
            throw new ScenarioException(where, path, "team index " + i + " is outside 0.." + (teams - 1));
        }
        return (int) i;
    }

    /** How an error names a team: its teams-file name, else its {@link TeamNames} name and index. */
    String name(int team) {
        return table == null ? TeamNames.of(team) + " (index " + team + ")" : table.name(team);
    }
}
