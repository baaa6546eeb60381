package org.adoptsim.cli.sweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.adoptsim.cli.sweep.sensitivity.SobolIndices;
import org.junit.jupiter.api.Test;

class SobolSectionTest {
    private static SobolIndices.Result result(double lo, double noiseShare) {
        double[] v = {0.4};
        double[] b = {lo};
        return new SobolIndices.Result(v, b, new double[] {0.6}, v, b, new double[] {0.7}, 2.0, noiseShare);
    }

    @Test
    void aNoiseShareAboveOneHalfIsNoiseDominatedEvenWithIntervals() {
        // the docs say indices with a noise share above one half are dominated by noise; the table said nothing
        // when the intervals existed
        assertEquals("  replicate noise is 62 % of the variance, above one half: the indices are dominated by noise;"
                + " run more replicates", SobolSection.warning(result(0.1, 0.62), 0.3, 1000));
        assertNull(SobolSection.warning(result(0.1, 0.4), 0.3, 1000));
        assertNull(SobolSection.warning(result(0.1, 0.62), Double.NaN, 1000), "noise unknown: no share to judge");
    }

    @Test
    void anUndefinedIntervalIsNoiseDominatedUnlessNoIntervalsWereAskedFor() {
        String line = SobolSection.warning(result(Double.NaN, 0.4), 0.3, 1000);
        assertEquals(true, line != null && line.contains("dominated by noise"), line);
        assertNull(SobolSection.warning(result(Double.NaN, 0.4), 0.3, 0));
    }
}
