package org.adoptsim.core.config;

import java.util.List;

/**
 * Shares of the four archetypes and how they are assigned: {@code QUOTA} gives each archetype its
 * largest-remainder count of the teams (7/14/14/7 of 42 for the default mix) at random positions;
 * {@code MULTINOMIAL} draws each team's archetype independently. An explicit list (one per team)
 * overrides both.
 */
public record ArchetypeMix(double believer, double pragmatist, double conservative, double holdout,
        Assignment assignment, List<Archetype> explicit) {

    public enum Assignment { QUOTA, MULTINOMIAL }

    public ArchetypeMix {
        Checks.nonNegative("believer", believer);
        Checks.nonNegative("pragmatist", pragmatist);
        Checks.nonNegative("conservative", conservative);
        Checks.nonNegative("holdout", holdout);
        if (!(believer + pragmatist + conservative + holdout > 0)) {
            throw new IllegalArgumentException("archetypes: at least one share must be > 0");
        }
        Checks.required("assignment", assignment);
        explicit = explicit == null ? List.of() : List.copyOf(explicit);
    }

    public static ArchetypeMix defaults() {
        return new ArchetypeMix(0.16, 0.34, 0.34, 0.16, Assignment.QUOTA, List.of());
    }

    /** Shares normalised to sum to 1, in {@link Archetype} order. */
    public double[] normalisedShares() {
        double sum = believer + pragmatist + conservative + holdout;
        return new double[] {believer / sum, pragmatist / sum, conservative / sum, holdout / sum};
    }

    public ArchetypeMix withExplicit(List<Archetype> list) {
        return new ArchetypeMix(believer, pragmatist, conservative, holdout, assignment, list);
    }
}
