package org.adoptsim.cli.sweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class GroupingTest {
    private static List<Integer> counts(int values, int bins) {
        double[] x = new double[values];
        for (int i = 0; i < values; i++) {
            x[i] = (i * 37) % values; // every value once, out of order
        }
        Grouping g = Grouping.of(Table.create("t", DoubleColumn.create("x", x)), List.of("x"), 12, bins);
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            counts.add(g.rows(i).length);
        }
        return counts;
    }

    @Test
    void equalCountBinsAreAsEqualAsTheCountAllows() {
        // 60 distinct values in 5 bins were 12/12/11/12/13
        assertEquals(List.of(12, 12, 12, 12, 12), counts(60, 5));
        assertEquals(List.of(12, 12, 12, 13), counts(49, 4).stream().sorted().toList());
        assertEquals(List.of(6, 7, 6, 7), counts(26, 4));
    }

    @Test
    void binsAreLabelledLowInclusiveAndTheLastClosed() {
        double[] x = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = i;
        }
        Grouping g = Grouping.of(Table.create("t", DoubleColumn.create("x", x)), List.of("x"), 12, 4);
        assertEquals(List.of("[0, 5)"), g.key(0));
        assertEquals(List.of("[15, 19]"), g.key(3));
    }
}
