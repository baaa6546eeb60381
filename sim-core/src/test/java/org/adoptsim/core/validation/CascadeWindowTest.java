package org.adoptsim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the analytic cascade condition against closed forms and its known limits. */
class CascadeWindowTest {

    @ParameterizedTest
    @CsvSource({"0.18, 5", "0.2, 5", "0.25, 4", "0.24, 4", "0.3, 3", "0.5, 2", "0.51, 1", "1, 1", "0.1, 10"})
    void vulnerableDegreeIsFloorOfOneOverTheta(double theta, int k) {
        assertEquals(k, CascadeWindow.vulnerableDegree(theta));
    }

    /** For Poisson degrees, Σ_{k≤K} k(k−1)p_k = z²·e^{−z}·Σ_{j≤K−2} z^j/j!. */
    @ParameterizedTest
    @CsvSource({"0.7, 5", "2, 5", "4, 3", "8, 10", "3, 2"})
    void sumMatchesTheClosedForm(double z, int maxDegree) {
        double tail = 0;
        double term = 1;
        for (int j = 0; j <= maxDegree - 2; j++) {
            tail += term;
            term *= z / (j + 1);
        }
        assertEquals(z * z * Math.exp(-z) * tail, CascadeWindow.vulnerableSum(z, maxDegree), 1e-12);
    }

    @Test
    void withEveryTeamVulnerableTheConditionIsThePercolationThreshold() {
        assertFalse(CascadeWindow.inside(0.99, 1e-6));
        assertTrue(CascadeWindow.inside(1.01, 1e-6));
        assertTrue(CascadeWindow.inside(30, 1e-6));
    }

    @Test
    void aboveOneThirdNobodyIsVulnerableEnoughToCascade() {
        assertNull(CascadeWindow.edges(0.51));
        assertNull(CascadeWindow.edges(0.3), "K = 3: z·e^{−z}(1 + z) < 1 for every z");
    }

    @Test
    void windowForTheta018() {
        double[] e = CascadeWindow.edges(0.18);
        assertNotNull(e);
        assertEquals(1.03, e[0], 0.01);
        assertEquals(5.76, e[1], 0.01);
        double lower = e[0];
        assertEquals(1.0, lower * Math.exp(-lower) * (1 + lower + lower * lower / 2 + Math.pow(lower, 3) / 6), 1e-6,
                "at the lower edge z·e^{−z}·Σ_{j≤3} z^j/j! = 1");
    }

    @Test
    void windowNarrowsAsThresholdsRise() {
        double[] low = CascadeWindow.edges(0.1);
        double[] mid = CascadeWindow.edges(0.18);
        double[] high = CascadeWindow.edges(0.24);
        assertTrue(low[1] > mid[1] && mid[1] > high[1], "upper edge falls with θ");
        assertTrue(low[0] <= mid[0] && mid[0] <= high[0], "lower edge rises with θ");
    }
}
