package org.adoptsim.cli.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Proportion;
import org.junit.jupiter.api.Test;

class MetricKindTest {

    @Test
    void anIndicatorGetsWilsonsInterval() {
        Estimate e = MetricKind.INDICATOR.interval(40, 0.75, 0.75 * 0.25 * 40 / 39, 0.95);
        Proportion p = new Proportion(30, 40);
        assertEquals(p.low(0.95), e.low(), 1e-15);
        assertEquals(p.high(0.95), e.high(), 1e-15);
    }

    @Test
    void aShareThatIsOneInEveryRunGetsNoBandButAnIndicatorDoes() {
        Estimate share = MetricKind.SHARE.interval(2, 1, 0, 0.95);
        assertEquals(1, share.low(), 0);
        assertEquals(1, share.high(), 0);
        Estimate indicator = MetricKind.INDICATOR.interval(2, 1, 0, 0.95);
        assertTrue(indicator.low() < 0.5, "two runs that both reached 100 % say little: " + indicator.low());
        assertEquals(1, indicator.high(), 1e-12);
    }

    @Test
    void sharesStayInsideZeroOneAndCountsAtOrAboveZero() {
        Estimate share = MetricKind.SHARE.interval(3, 0.9, 0.04, 0.95);
        assertEquals(1, share.high(), 0);
        assertTrue(share.low() < 0.9);
        Estimate count = MetricKind.COUNT.interval(2, 0.5, 0.5, 0.95);
        assertEquals(0, count.low(), 0);
        Estimate continuous = MetricKind.CONTINUOUS.interval(2, 0.5, 0.5, 0.95);
        assertTrue(continuous.low() < 0, "a continuous value may be negative");
    }

    @Test
    void continuousValuesGetStudentsT() {
        Estimate e = MetricKind.CONTINUOUS.interval(4, 2.5, 5.0 / 3, 0.95);
        double half = Estimate.tQuantile(0.95, 3) * Math.sqrt(5.0 / 3 / 4);
        assertEquals(2.5 - half, e.low(), 1e-12);
        assertEquals(2.5 + half, e.high(), 1e-12);
    }

    @Test
    void oneValueHasNoInterval() {
        for (MetricKind k : MetricKind.values()) {
            assertFalse(k.interval(1, 0.5, Double.NaN, 0.95).hasInterval(), k.name());
        }
        assertEquals(MetricKind.SHARE, MetricKind.INDICATOR.ofMeans());
        assertEquals(MetricKind.COUNT, MetricKind.COUNT.ofMeans());
    }
}
