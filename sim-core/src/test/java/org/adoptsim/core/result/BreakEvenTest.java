package org.adoptsim.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The break-even week: the first week from which a run's cumulative net stays above the baseline's. */
class BreakEvenTest {

    @Test
    void firstWeekFromWhichTheRunStaysAbove() {
        double[] base = {0, -10, -20, -30, -40, -50};
        assertEquals(3, BreakEven.week(new double[] {-5, -30, -25, -20, -10, 0}, base));
    }

    @Test
    void aDipBelowLaterMovesTheWeekPastIt() {
        double[] base = {0, 0, 0, 0, 0};
        assertEquals(4, BreakEven.week(new double[] {1, 1, -1, 0, 1}, base), "equal is not above");
        assertEquals(0, BreakEven.week(new double[] {1, 1, 1, 1, 1}, base));
    }

    @Test
    void neverWhenBelowAtTheHorizon() {
        assertEquals(BreakEven.NEVER, BreakEven.week(new double[] {5, 5, -1}, new double[] {0, 0, 0}));
        assertEquals(BreakEven.NEVER, BreakEven.week(new double[0], new double[0]));
    }

    @Test
    void seriesMustMatch() {
        assertThrows(IllegalArgumentException.class, () -> BreakEven.week(new double[2], new double[3]));
    }
}
