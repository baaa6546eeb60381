package org.adoptsim.cli.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The one naming of a scenario's teams when it has no teams file: {@code team-1 … team-N}, the team at
 * 0-based index i being {@code team-(i+1)}. Every output that names such teams (teams.csv, the laggard
 * table, {@code run --history}'s migration logs, {@code adoptsim state}) uses it, and every input that
 * refers to them (state files, edge lists, migration logs read back) accepts it, so a name one command
 * prints is a name the next one reads.
 */
public final class TeamNames {
    private static final String PREFIX = "team-";

    private TeamNames() {
    }

    /** The name of the team at 0-based {@code index}: {@code team-(index+1)}. */
    public static String of(int index) {
        return PREFIX + (index + 1);
    }

    /**
     * Every team's name: {@code fromTeamsFile} when it names the teams, else {@code team-1 … team-n}.
     *
     * @param fromTeamsFile one name per team from the teams file, or an empty list for a scenario without one
     */
    public static List<String> names(List<String> fromTeamsFile, int n) {
        if (!fromTeamsFile.isEmpty()) {
            return fromTeamsFile;
        }
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(of(i));
        }
        return names;
    }

    /**
     * The 0-based index {@code name} stands for when it is {@code team-K} (K from 1, at most nine
     * digits, no leading zero), whether or not the scenario has that many teams; −1 for any other text.
     */
    public static int indexOf(String name) {
        if (!name.startsWith(PREFIX)) {
            return -1;
        }
        String k = name.substring(PREFIX.length());
        if (k.isEmpty() || k.length() > 9 || k.charAt(0) == '0' || !k.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(k) - 1;
    }
}
