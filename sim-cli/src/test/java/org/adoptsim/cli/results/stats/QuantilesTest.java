package org.adoptsim.cli.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantilesTest {
    private static final double[] PROBS = {0, 0.05, 0.25, 0.5, 0.75, 0.95, 1};

    /** Hyndman and Fan type 7 on a sorted array, the textbook way. */
    static double type7(int[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    @Test
    void knownSmallSample() {
        CountHistogram h = new CountHistogram(10);
        for (int v : new int[] {1, 2, 3, 4}) {
            h.accept(v);
        }
        assertEquals(2.5, h.median(), 1e-12);
        assertEquals(1.75, h.quantile(0.25), 1e-12);
        assertEquals(3.25, h.quantile(0.75), 1e-12);
        assertEquals(1, h.quantile(0), 0);
        assertEquals(4, h.quantile(1), 0);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void histogramQuantilesMatchSortedSample(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int max = 1 + rng.nextInt(60);
        int[] x = rng.ints(1 + rng.nextInt(300), 0, max + 1).toArray();
        CountHistogram h = new CountHistogram(max);
        Arrays.stream(x).forEach(h::accept);
        Arrays.sort(x);
        double[] out = new double[PROBS.length];
        int[] counts = new int[max + 1];
        Arrays.stream(x).forEach(v -> counts[v]++);
        Quantiles.type7(counts, 0, counts.length, 0, PROBS, out);
        for (int i = 0; i < PROBS.length; i++) {
            assertEquals(type7(x, PROBS[i]), out[i], 1e-9, "p=" + PROBS[i]);
            assertEquals(type7(x, PROBS[i]), h.quantile(PROBS[i]), 1e-9);
        }
    }

    @Test
    void censoredValuesSortLastAndAreNeverInvented() {
        CountHistogram h = new CountHistogram(104);
        h.accept(40);
        h.accept(50);
        h.acceptCensored();
        assertEquals(50, h.median(), 0);
        h.acceptCensored();
        assertTrue(Double.isNaN(h.median()), "median between a reached and a censored run");
        assertEquals(47.5, h.quantile(0.25), 1e-12);
        assertEquals(2, h.observed());
        assertEquals(4, h.count());
    }

    @Test
    void emptyHistogramHasNoQuantiles() {
        assertTrue(Double.isNaN(new CountHistogram(3).median()));
    }

    @Test
    void combineIsExact() {
        CountHistogram a = new CountHistogram(5);
        CountHistogram b = new CountHistogram(5);
        CountHistogram all = new CountHistogram(5);
        int[] values = {0, 5, 3, 3, 1, 2, 4, 4, 4};
        for (int i = 0; i < values.length; i++) {
            (i % 2 == 0 ? a : b).accept(values[i]);
            all.accept(values[i]);
        }
        b.acceptCensored();
        all.acceptCensored();
        a.combine(b);
        for (double p : PROBS) {
            assertEquals(all.quantile(p), a.quantile(p), 0);
        }
        assertEquals(all.count(), a.count());
    }
}
