package org.adoptsim.cli.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MomentsTest {

    @Test
    void meanAndIntervalOfAKnownSample() {
        Moments m = new Moments();
        for (int i = 1; i <= 10; i++) {
            m.accept(i);
        }
        assertEquals(5.5, m.mean(), 1e-12);
        assertEquals(55.0 / 6, m.variance(), 1e-12);
        Estimate e = m.estimate(0.95);
        double half = 2.2621571627409915 * Math.sqrt(55.0 / 6 / 10);
        assertEquals(5.5 - half, e.low(), 1e-9);
        assertEquals(5.5 + half, e.high(), 1e-9);
        assertEquals(10, e.n());
    }

    @Test
    void tQuantilesMatchTables() {
        assertEquals(12.706204736, Estimate.tQuantile(0.95, 1), 1e-6);
        assertEquals(2.262157163, Estimate.tQuantile(0.95, 9), 1e-6);
        assertEquals(1.962339081, Estimate.tQuantile(0.95, 1000), 1e-6);
        assertEquals(2.575829304, Estimate.tQuantile(0.99, 100_000_000), 1e-4);
    }

    /** The kept last quantile answers only the same (level, df): repeated, alternating and new pairs all match a fresh computation. */
    @Test
    void aKeptQuantileIsOnlyReusedForTheSameLevelAndDegrees() {
        long[] dfs = {1, 1, 2, 1, 39, 39, 40, 2, 1_000, 1_000};
        double[] levels = {0.95, 0.95, 0.95, 0.9, 0.95, 0.99, 0.99, 0.95, 0.95, 0.5};
        for (int k = 0; k < dfs.length; k++) {
            double fresh = org.apache.commons.statistics.distribution.TDistribution.of(dfs[k])
                    .inverseCumulativeProbability(0.5 + levels[k] / 2);
            assertEquals(fresh, Estimate.tQuantile(levels[k], dfs[k]), 0.0, "df " + dfs[k] + ", level " + levels[k]);
        }
    }

    @Test
    void fewerThanTwoValuesHaveNoInterval() {
        Moments m = new Moments();
        assertTrue(Double.isNaN(m.mean()));
        m.accept(3);
        Estimate e = m.estimate(0.95);
        assertEquals(3, e.mean());
        assertFalse(e.hasInterval());
    }

    @Test
    void constantValuesGiveAZeroWidthInterval() {
        Moments m = new Moments();
        for (int i = 0; i < 5; i++) {
            m.accept(0.25);
        }
        Estimate e = m.estimate(0.95);
        assertEquals(0.25, e.low(), 0);
        assertEquals(0.25, e.high(), 0);
    }

    @Test
    void rejectsNonFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> new Moments().accept(Double.NaN));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void combiningPartsEqualsOneStream(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = rng.doubles(1 + rng.nextInt(500), -50, 200).toArray();
        int cut = rng.nextInt(x.length + 1);
        Moments all = new Moments();
        Moments left = new Moments();
        Moments right = new Moments();
        for (int i = 0; i < x.length; i++) {
            all.accept(x[i]);
            (i < cut ? left : right).accept(x[i]);
        }
        left.combine(right);
        assertEquals(all.count(), left.count());
        assertEquals(all.mean(), left.mean(), 1e-9);
        if (x.length > 1) {
            assertEquals(all.variance(), left.variance(), 1e-9 * all.variance());
        }
    }
}
