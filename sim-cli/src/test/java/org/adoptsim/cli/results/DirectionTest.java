package org.adoptsim.cli.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DirectionTest {

    @Test
    void betterFollowsTheDirection() {
        assertEquals(1, Direction.HIGHER_IS_BETTER.compare(0.6, 0.5));
        assertEquals(-1, Direction.HIGHER_IS_BETTER.compare(0.4, 0.5));
        assertEquals(1, Direction.LOWER_IS_BETTER.compare(3, 4));
        assertEquals(0, Direction.LOWER_IS_BETTER.compare(-0.0, 0.0));
    }

    @Test
    void aMissedMilestoneIsWorstAndTwoMissesAreTheSame() {
        assertEquals(1, Direction.LOWER_IS_BETTER.compare(104, Double.NaN));
        assertEquals(-1, Direction.LOWER_IS_BETTER.compare(Double.NaN, 1));
        assertEquals(0, Direction.LOWER_IS_BETTER.compare(Double.NaN, Double.NaN));
    }
}
