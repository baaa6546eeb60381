package org.adoptsim.core.random;

/**
 * The named sources of randomness. Each purpose has its own stream per (seed, replicate), so changing
 * how one source is used never shifts the draws of another. The {@code id} is part of the stream key:
 * never renumber an existing purpose, or every published result moves.
 */
public enum Purpose {
    /* Organisation: shared by every strategy at the same seed and replicate. */
    ARCHETYPES(1), THRESHOLD(2), PROOF_NEEDED(3), EFFORT(4), CAPACITY(5), GAIN(6), STAY_COST(7), HORIZON(8),
    HIDDEN_DEPS(9), NETWORK(10), DEPENDENCIES(11), CONVERTED_THRESHOLD(12), CONVERTED_HORIZON(13),
    INITIAL_ADOPTERS(14), COALITION(15), FIX_EFFORT(16), CONVERTED_PROOF(17),
    /* Per team and week events, drawn through EventDraws. */
    ATTENTION(101), BLOCKER(102), CHAMPION(103), INCIDENT(104), DISCOVERY(105), CONVERSION(106),
    /* Functions (docs/model.md, "Across functions"), keyed by (function·teams + team, week) or (function, week). */
    FUNCTION_NEEDS(107), SIGN_OFF_SESSION(108), SIGN_OFF_REVIEW(109), SIGN_OFF_VERDICT(110);

    final long id;

    Purpose(long id) {
        this.id = id;
    }
}
