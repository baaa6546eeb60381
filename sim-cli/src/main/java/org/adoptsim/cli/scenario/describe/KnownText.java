package org.adoptsim.cli.scenario.describe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adoptsim.core.config.KnownTeams;
import org.adoptsim.core.config.TeamField;

/**
 * Which per-team facts a teams file gave, in words: each column adoptsim read with how many teams have a
 * value in it, so that a planner whose column it did not read (a header such as {@code effort (h)}, which
 * is ignored like any other column) sees that those values are drawn, not theirs. Stateless.
 */
public final class KnownText {
    private KnownText() {
    }

    /**
     * For example {@code "read per team: archetype 66, effort 37, capacity 36 of 110 teams; the rest drawn"},
     * or {@code "no team attribute read (archetype, threshold, ... columns): every one drawn"}.
     */
    public static String of(KnownTeams k, int teams) {
        List<String> parts = new ArrayList<>();
        int archetypes = 0;
        for (int i = 0; i < k.teams(); i++) {
            archetypes += k.archetype(i) == null ? 0 : 1;
        }
        if (archetypes > 0) {
            parts.add("archetype " + archetypes);
        }
        for (TeamField f : TeamField.values()) {
            int c = 0;
            for (int i = 0; i < k.teams(); i++) {
                c += Double.isNaN(k.value(f, i)) ? 0 : 1;
            }
            if (c > 0) {
                parts.add(f.column() + " " + c);
            }
        }
        if (parts.isEmpty()) {
            return "no team attribute read (columns archetype, " + String.join(", ",
                    Arrays.stream(TeamField.values()).map(TeamField::column).toList()) + "): every one drawn";
        }
        return "read per team: " + String.join(", ", parts) + " of " + teams + " teams; the rest drawn";
    }
}
