package org.adoptsim.cli.results;

import static java.lang.Double.NaN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adoptsim.cli.results.stats.Estimate;
import org.junit.jupiter.api.Test;

class PairedAccumulatorTest {
    private final MetricCatalog catalog = new MetricCatalog(104);

    @Test
    void differencesAndShareBetterOnAKnownSample() {
        PairedAccumulator p = new PairedAccumulator(catalog.get("honest_at_104"));
        double[] strategy = {0.9, 0.8, 0.7, 0.5};
        double[] baseline = {0.5, 0.5, 0.7, 0.6};
        for (int i = 0; i < strategy.length; i++) {
            p.accept(strategy[i], baseline[i]);
        }
        Estimate d = p.difference().estimate(0.95);
        assertEquals(0.15, d.mean(), 1e-12);
        double sd = Math.sqrt((0.25 * 0.25 + 0.15 * 0.15 + 0.15 * 0.15 + 0.25 * 0.25) / 3);
        assertEquals(0.15 + 3.182446305 * sd / 2, d.high(), 1e-8);
        assertEquals(2, p.better());
        assertEquals(1, p.same());
        assertEquals(1, p.worse());
    }

    @Test
    void lowerIsBetterFlipsTheCount() {
        PairedAccumulator p = new PairedAccumulator(catalog.get("mean_resentment"));
        p.accept(0.1, 0.5);
        p.accept(0.6, 0.5);
        p.accept(0.2, 0.5);
        assertEquals(2, p.better());
        assertEquals(1, p.worse());
    }

    @Test
    void milestonesDifferOnlyWhereBothReachedButCountEveryReplicate() {
        PairedAccumulator p = new PairedAccumulator(catalog.get("weeks_to_100"));
        p.accept(60, 80);
        p.accept(70, Double.NaN);
        p.accept(Double.NaN, 90);
        p.accept(Double.NaN, Double.NaN);
        assertEquals(1, p.difference().count());
        assertEquals(-20, p.difference().mean(), 0);
        assertEquals(2, p.better());
        assertEquals(1, p.worse());
        assertEquals(1, p.same());
        assertEquals(4, p.replicates());
    }

    @Test
    void pairsThatShareParametersWidenTheIntervalToThatOfThePairMeans() {
        // Each pair's two differences sit close together, pairs far apart: a parameter set that moves both.
        double[] d = {10, 11, -4, -5, 7, 6, 1, 2, 12, 13, -6, -7};
        PairedAccumulator independent = new PairedAccumulator(catalog.get("net_hours"));
        PairedAccumulator grouped = new PairedAccumulator(catalog.get("net_hours")).sharingParametersInPairs();
        for (int i = 0; i < d.length; i++) {
            independent.accept(d[i], 0);
            grouped.accept(d[i], 0, i);
        }
        Estimate plain = independent.estimate(0.95);
        Estimate paired = grouped.estimate(0.95);
        assertEquals(plain.mean(), paired.mean(), 0);
        assertEquals(plain.n(), paired.n());
        double[] means = {10.5, -4.5, 6.5, 1.5, 12.5, -6.5};
        double m = 0;
        for (double x : means) {
            m += x;
        }
        m /= means.length;
        double ss = 0;
        for (double x : means) {
            ss += (x - m) * (x - m);
        }
        double half = 2.570581836 * Math.sqrt(ss / 5 / 6); // t(0.975, 5)
        assertEquals(paired.mean() + half, paired.high(), 1e-8);
        assertEquals(paired.mean() - half, paired.low(), 1e-8);
        assertTrue(paired.high() - paired.low() > 1.2 * (plain.high() - plain.low()), "six draws, not twelve");
    }

    @Test
    void aPairWithOneMissingValueCountsWithTheOtherAndTheOpenPairCounts() {
        PairedAccumulator p = new PairedAccumulator(catalog.get("weeks_to_100")).sharingParametersInPairs();
        p.accept(60, 80, 0);
        p.accept(Double.NaN, 80, 1);
        assertEquals(NaN, p.estimate(0.95).low(), "one pair so far");
        p.accept(70, 75, 2);
        p.accept(72, 75, 3);
        p.accept(50, 40, 4);
        assertEquals(4, p.difference().count());
        Estimate e = p.estimate(0.95);
        // pair means −20, −4, and the open pair 10
        double m = (-20 - 4 + 10) / 3.0;
        double ss = (-20 - m) * (-20 - m) + (-4 - m) * (-4 - m) + (10 - m) * (10 - m);
        double half = 4.302652730 * Math.sqrt(ss / 2 / 3);
        assertEquals((-20 - 5 - 3 + 10) / 4.0, e.mean(), 1e-12);
        assertEquals(e.mean() + half, e.high(), 1e-7);
        assertThrows(IllegalStateException.class, () -> p.accept(1, 2), "pairs need the replicate index");
    }
}
