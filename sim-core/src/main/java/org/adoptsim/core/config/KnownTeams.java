package org.adoptsim.core.config;

import java.util.Arrays;

/**
 * What a planner knows about individual teams (a teams spreadsheet): per team, optionally its
 * department, its archetype and any {@link TeamField}. Whatever is unknown is drawn from the
 * scenario's distributions exactly as without this table — every draw is still made on its own
 * stream and then replaced — so a table that knows nothing gives the same organisation as none.
 * Immutable; built with {@link #builder}.
 */
public final class KnownTeams {
    /** Knows nothing, for any number of teams. */
    public static final KnownTeams NONE = new KnownTeams(0, new int[0], new Archetype[0],
            new double[TeamField.values().length][0]);

    private final int teams;
    private final int[] department;
    private final Archetype[] archetype;
    private final double[][] value;

    private KnownTeams(int teams, int[] department, Archetype[] archetype, double[][] value) {
        this.teams = teams;
        this.department = department;
        this.archetype = archetype;
        this.value = value;
    }

    public static Builder builder(int teams) {
        return new Builder(teams);
    }

    /** Teams the table describes; 0 for {@link #NONE}, which fits any organisation. */
    public int teams() {
        return teams;
    }

    public boolean isEmpty() {
        return teams == 0;
    }

    /** The team's 0-based department, or −1 if unknown. */
    public int department(int team) {
        return teams == 0 ? -1 : department[team];
    }

    /** The team's archetype, or null if unknown. */
    public Archetype archetype(int team) {
        return teams == 0 ? null : archetype[team];
    }

    /** The team's value of {@code f}, or NaN if unknown. */
    public double value(TeamField f, int team) {
        return teams == 0 ? Double.NaN : value[f.ordinal()][team];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KnownTeams k && teams == k.teams && Arrays.equals(department, k.department)
                && Arrays.equals(archetype, k.archetype) && Arrays.deepEquals(value, k.value);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(department) + Arrays.hashCode(archetype)) + Arrays.deepHashCode(value);
    }

    /** Collects known facts team by team; everything starts unknown. */
    public static final class Builder {
        private final int teams;
        private final int[] department;
        private final Archetype[] archetype;
        private final double[][] value;

        private Builder(int teams) {
            Checks.atLeast("teams", teams, 1);
            this.teams = teams;
            department = new int[teams];
            Arrays.fill(department, -1);
            archetype = new Archetype[teams];
            value = new double[TeamField.values().length][teams];
            for (double[] v : value) {
                Arrays.fill(v, Double.NaN);
            }
        }

        public Builder department(int team, int d) {
            if (d < 0) {
                throw new IllegalArgumentException("department: must be >= 0");
            }
            department[team] = d;
            return this;
        }

        public Builder archetype(int team, Archetype a) {
            archetype[team] = a;
            return this;
        }

        /** Sets a known value (finite, >= 0; the engine clips it to the attribute's range like a drawn one). */
        public Builder value(TeamField f, int team, double v) {
            if (!Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException(f.column() + ": must be a number >= 0");
            }
            value[f.ordinal()][team] = v;
            return this;
        }

        public KnownTeams build() {
            double[][] copy = new double[value.length][];
            for (int k = 0; k < value.length; k++) {
                copy[k] = value[k].clone();
            }
            return new KnownTeams(teams, department.clone(), archetype.clone(), copy);
        }
    }
}
