package org.adoptsim.cli.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
