package org.adoptsim.cli.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A point of the box, the 90 % interval and u → θ are one mapping from the transformed space. */
class PriorTest {
    private final Prior prior = new Prior(List.of("attention", "effort"), new double[] {0.1, 100}, new double[] {0.9, 900},
            new boolean[] {false, true});

    @Test
    void theIntervalAndThePointsAcrossTheBoxAgreeWithToTheta() {
        assertArrayEquals(new double[] {0.14, 0.86}, prior.interval90(0), 1e-12);
        assertArrayEquals(new double[] {100 * Math.pow(9, 0.05), 100 * Math.pow(9, 0.95)}, prior.interval90(1), 1e-9);
        for (double f : new double[] {0, 0.05, 0.3183, 0.95, 1}) {
            double[] u = {prior.lowU(0) + f * (prior.highU(0) - prior.lowU(0)), prior.lowU(1) + f * (prior.highU(1) - prior.lowU(1))};
            assertArrayEquals(prior.toTheta(u), new double[] {prior.at(0, f), prior.at(1, f)}, 1e-12, "fraction " + f);
        }
        assertEquals(900, prior.toTheta(new double[] {0.5, Math.log(900) + 1e-15})[1], "clamped into the box");
        assertEquals(prior.max()[1], prior.at(1, 1));
    }
}
