package org.adoptsim.core.config;

import java.util.List;
import java.util.Map;

/**
 * Which teams need a function's sign-off. Each variant answers {@link #shareFor} per team: the chance
 * that team needs it (0 or 1 for the fixed variants). A share between 0 and 1 is realised by one draw
 * per (team, function), the same for every strategy of a replicate.
 */
public sealed interface FunctionNeed {
    /** Every team. */
    FunctionNeed ALL = new Share(1);

    /** The chance (0, 1 or in between) that team {@code team} of this archetype and department needs it. */
    double shareFor(int team, Archetype archetype, int department);

    /** A share of all teams, each drawn independently. */
    record Share(double share) implements FunctionNeed {
        public Share {
            Checks.probability("share", share);
        }

        @Override
        public double shareFor(int team, Archetype archetype, int department) {
            return share;
        }
    }

    /** A share per archetype (archetypes not listed: 0). */
    record ByArchetype(Map<Archetype, Double> shares) implements FunctionNeed {
        public ByArchetype {
            shares = Map.copyOf(shares);
            shares.forEach((a, v) -> Checks.probability(a.id(), v));
        }

        @Override
        public double shareFor(int team, Archetype archetype, int department) {
            return shares.getOrDefault(archetype, 0.0);
        }
    }

    /** A share per department index (departments not listed: 0). */
    record ByDepartment(Map<Integer, Double> shares) implements FunctionNeed {
        public ByDepartment {
            shares = Map.copyOf(shares);
            shares.forEach((d, v) -> {
                Checks.atLeast("department", d, 0);
                Checks.probability("department " + d, v);
            });
        }

        @Override
        public double shareFor(int team, Archetype archetype, int department) {
            return shares.getOrDefault(department, 0.0);
        }
    }

    /** Exactly the listed teams (by index). */
    record Teams(List<Integer> teams) implements FunctionNeed {
        public Teams {
            teams = List.copyOf(teams);
            teams.forEach(t -> Checks.atLeast("teams", t, 0));
        }

        @Override
        public double shareFor(int team, Archetype archetype, int department) {
            return teams.contains(team) ? 1 : 0;
        }
    }
}
