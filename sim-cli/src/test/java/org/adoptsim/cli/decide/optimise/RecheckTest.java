package org.adoptsim.cli.decide.optimise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecheckTest {

    @Test
    void pBestFavoursTheClearlyBestAndSharesTies() {
        double[][] clear = {{5, 6, 5, 6, 5}, {1, 2, 1, 2, 1}, {1, 1, 1, 1, 1}};
        assertArrayEquals(new double[] {1, 0, 0}, Recheck.pBest(clear, 200, 1), 1e-12);
        double[][] tied = {{1, 2, 3}, {1, 2, 3}};
        assertArrayEquals(new double[] {0.5, 0.5}, Recheck.pBest(tied, 200, 1), 1e-12);
        double[][] close = {{1.0, 2.0, 3.0, 1.5}, {1.1, 1.9, 3.1, 1.4}};
        double[] p = Recheck.pBest(close, 2000, 3);
        assertEquals(1.0, p[0] + p[1], 1e-9);
        assertTrue(p[0] > 0.1 && p[1] > 0.1, java.util.Arrays.toString(p));
    }
}
