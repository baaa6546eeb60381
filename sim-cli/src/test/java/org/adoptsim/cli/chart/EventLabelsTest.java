package org.adoptsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows event labels go to: a label never shares a row with one it would overlap. */
class EventLabelsTest {

    @Test
    void labelsThatWouldOverlapGoOneRowLowerAndApartOnesShareTheTopRow() {
        List<List<int[]>> rows = new ArrayList<>();
        assertEquals(0, EventLabels.freeRow(rows, 10, 200), "the first label is at the top");
        assertEquals(1, EventLabels.freeRow(rows, 150, 300), "one overlapping it goes below");
        assertEquals(2, EventLabels.freeRow(rows, 190, 260), "one overlapping both goes lower still");
        assertEquals(0, EventLabels.freeRow(rows, 201, 400), "one clear of the top row's label shares it");
        assertEquals(1, EventLabels.freeRow(rows, 350, 420), "the top row is taken there, the next is free");
        assertEquals(3, EventLabels.freeRow(rows, 0, 1000), "one spanning them all gets a row of its own");
    }
}
