package org.adoptsim.cli.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SampleVarianceTest {
    @Test
    void theSampleVarianceAndExactlyZeroForValuesThatAreAllEqual() {
        double[] v = {1, 2, 3, 4};
        assertEquals(2.5, SampleVariance.mean(4, i -> v[i]));
        assertEquals(5.0 / 3, SampleVariance.of(4, i -> v[i]), 1e-15);
        // 0.1 summed 10 times is not 1.0: a mean off by a rounding must not make equal values vary.
        assertEquals(0.0, SampleVariance.of(10, i -> 0.1));
        assertEquals(0.0, SampleVariance.of(7, i -> 0.3));
    }

    @Test
    void sobolCallsAMetricOfEqualValuesConstant() {
        double[] y = new double[10];
        java.util.Arrays.fill(y, 0.1);
        double[] first = new double[1];
        double[] total = new double[1];
        assertEquals(0.0, SobolIndices.indices(y, y, new double[][] {y}, java.util.stream.IntStream.range(0, 10)
                .toArray(), 0, first, total));
        assertEquals(Double.NaN, first[0]);
    }
}
