package org.adoptsim.cli.decide.select;

/**
 * "Output column {@code column} is at least (or at most) {@code threshold} in at least
 * {@code probability} of runs." A run whose value is NaN fails the condition.
 */
public record ProbabilityConstraint(int column, boolean atLeast, double threshold, double probability) {

    public ProbabilityConstraint {
        if (column < 0) {
            throw new IllegalArgumentException("column must be >= 0");
        }
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability: must be in (0, 1), was " + probability);
        }
    }

    /** Whether one run met the condition. */
    public boolean met(double value) {
        return atLeast ? value >= threshold : value <= threshold;
    }
}
