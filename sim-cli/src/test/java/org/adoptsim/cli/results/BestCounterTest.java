package org.adoptsim.cli.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BestCounterTest {
    private static final MetricCatalog CATALOG = new MetricCatalog(104);

    @Test
    void theBestOfEachReplicateWinsAndTiesShareOneWin() {
        BestCounter higher = new BestCounter(CATALOG.get("net_hours"), 3);
        higher.accept(new double[] {1, 5, 3});
        higher.accept(new double[] {7, 7, 2});
        higher.accept(new double[] {Double.NaN, -1, -2});
        assertEquals(0.5, higher.wins(0));
        assertEquals(2.5, higher.wins(1));
        assertEquals(0, higher.wins(2));
        assertEquals(3, higher.replicates());
        assertEquals(3, higher.wins(0) + higher.wins(1) + higher.wins(2), 1e-12, "wins add up to the replicates");
    }

    @Test
    void aLowerIsBetterObjectiveCountsTheSmallest() {
        BestCounter lower = new BestCounter(CATALOG.get("hours_migration"), 2);
        lower.accept(new double[] {10, 20});
        BestCounter other = new BestCounter(CATALOG.get("hours_migration"), 2);
        other.accept(new double[] {30, 20});
        lower.combine(other);
        assertEquals(1, lower.wins(0));
        assertEquals(1, lower.wins(1));
        assertEquals(2, lower.replicates());
    }
}
