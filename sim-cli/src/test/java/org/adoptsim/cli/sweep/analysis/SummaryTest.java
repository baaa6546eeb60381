package org.adoptsim.cli.sweep.analysis;

import org.adoptsim.cli.results.MetricKind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void meanOfNumbersGetsAStudentTInterval() {
        Summary s = Summary.of(new double[] {1, 2, 3, 4, Double.NaN}, m -> MetricKind.CONTINUOUS.interval(m, 0.95));
        double half = TDistribution.of(3).inverseCumulativeProbability(0.975) * Math.sqrt(5.0 / 3) / 2;
        assertEquals(4, s.n());
        assertEquals(1, s.missing());
        assertEquals(2.5, s.mean(), 1e-12);
        assertEquals(2.5 - half, s.lo(), 1e-12);
        assertEquals(2.5 + half, s.hi(), 1e-12);
        assertEquals(2.5, s.p50(), 1e-12);
    }

    @Test
    void anIndicatorGetsAWilsonIntervalInsideZeroOne() {
        Summary s = Summary.of(new double[] {1, 1, 1, 0}, m -> MetricKind.INDICATOR.interval(m, 0.95));
        assertEquals(0.75, s.mean(), 1e-12);
        assertEquals(0.3006, s.lo(), 1e-4);
        assertEquals(0.9544, s.hi(), 1e-4);
        Summary all = Summary.of(new double[] {1, 1, 1, 1}, m -> MetricKind.INDICATOR.interval(m, 0.95));
        assertEquals(1.0, all.hi(), 1e-12);
        assertEquals(0.5101, all.lo(), 1e-4);
    }

    @Test
    void aShareThatIsOneInEveryRunGetsNoBand() {
        Summary s = Summary.of(new double[] {1, 1, 1, 1}, m -> MetricKind.SHARE.interval(m, 0.95));
        assertEquals(1.0, s.lo(), 0);
        assertEquals(1.0, s.hi(), 0);
    }

    @Test
    void aCountOfZerosAndOnesIsNotMistakenForAnIndicator() {
        Summary s = Summary.of(new double[] {0, 0, 0, 0}, m -> MetricKind.COUNT.interval(m, 0.95));
        assertEquals(0.0, s.lo(), 0);
        assertEquals(0.0, s.hi(), 0);
    }

    @Test
    void aShareNearZeroKeepsItsIntervalInsideZeroOne() {
        Summary s = Summary.of(new double[] {0, 0, 0, 0.2}, m -> MetricKind.SHARE.interval(m, 0.95));
        assertEquals(0.0, s.lo(), 0);
        assertEquals(0.05, s.mean(), 1e-12);
    }
}
