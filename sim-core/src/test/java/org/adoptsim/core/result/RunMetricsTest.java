package org.adoptsim.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** RunMetrics built by name: censored milestones, the last-three trend, the ledger's FTE view. */
class RunMetricsTest {
    private static final Ledger LEDGER = new Ledger(new double[] {400, 0, 800, 80, 200, 2000},
            new double[] {500, 100, 100, 100, 0, 0, 0, 0}, 10, 40);

    private static RunMetrics.Builder base() {
        return RunMetrics.builder().teams(42).weeks(10).ledger(LEDGER);
    }

    @Test
    void milestonesNotSetAreCensored() {
        RunMetrics m = base().weeksTo50(7).build();
        assertEquals(7, m.weeksTo(50).getAsInt());
        assertTrue(m.weeksTo(90).isEmpty());
        assertTrue(m.weeksToAdopted90Reached().isEmpty());
        assertTrue(m.initiativeDone().isEmpty());
        assertTrue(Double.isNaN(m.adoptedShare52()));
        assertTrue(m.shutdown().isEmpty());
    }

    @Test
    void theTrendOfTheLastThreeTimesToMigrate() {
        assertEquals(3.0, base().lastThreeTimes(new int[] {4, 6, 10}).build().lastThreeTrend().getAsDouble());
        assertEquals(-1.0, base().lastThreeTimes(new int[] {12, 9, 10}).build().lastThreeTrend().getAsDouble());
        assertFalse(base().lastThreeTimes(new int[] {4, 6}).build().lastThreeTrend().isPresent());
    }

    @Test
    void theLedgerNetsAndConvertsToFte() {
        assertEquals(2000 - (400 + 800 + 80 + 200), LEDGER.net(), 1e-9);
        assertEquals(1480, LEDGER.costs(), 1e-9);
        assertEquals(800.0 / 400, LEDGER.fte(LedgerEntry.PLATFORM), 1e-12);
        assertEquals(520.0 / 400, LEDGER.netFte(), 1e-12);
        assertEquals(500, LEDGER.platformHours(PlatformUse.UPKEEP));
        assertThrows(IllegalArgumentException.class, () -> new Ledger(new double[5], new double[8], 1, 40));
    }

    @Test
    void equalityCoversTheNewFields() {
        assertEquals(base().build(), base().build());
        assertNotEquals(base().build(), base().finalAdoptedShare(0.5).build());
        assertNotEquals(base().build(), base().emergencyMigrations(3).build());
        assertEquals(3, base().emergencyMigrations(3).build().forcedAtShutdown());
    }
}
