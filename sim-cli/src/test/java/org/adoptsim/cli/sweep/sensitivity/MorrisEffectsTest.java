package org.adoptsim.cli.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.adoptsim.cli.sweep.design.MorrisDesign;
import org.junit.jupiter.api.Test;

/** Morris statistics on functions whose elementary effects are known. */
class MorrisEffectsTest {

    static MorrisEffects.Result run(ToDoubleFunction<double[]> f, int k, int r, int levels) {
        MorrisDesign d = new MorrisDesign(r, k, levels, 99);
        double[][][] unit = new double[r][k + 1][k];
        double[][] y = new double[r][k + 1];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s <= k; s++) {
                d.unit((long) t * (k + 1) + s, unit[t][s]);
                y[t][s] = f.applyAsDouble(unit[t][s]);
            }
        }
        return MorrisEffects.estimate(unit, y, 0, 200, 3);
    }

    @Test
    void linearFunctionHasItsCoefficientsAsEffectsAndNoSpread() {
        double[] c = {3, -2, 0.5, 0};
        MorrisEffects.Result m = run(x -> c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3] * x[3], 4, 12, 4);
        for (int i = 0; i < 4; i++) {
            assertEquals(c[i], m.mu()[i], 1e-9);
            assertEquals(Math.abs(c[i]), m.muStar()[i], 1e-9);
            assertEquals(0, m.sigma()[i], 1e-9);
            assertEquals(12, m.effects()[i]);
        }
    }

    @Test
    void nonlinearAndInteractingParametersShowSpreadAndInertOnesNothing() {
        MorrisEffects.Result m = run(x -> 2 * x[0] + 4 * x[1] * x[1] + 3 * x[0] * x[2], 4, 40, 6);
        // x2's effect is 4·(2·x_low + Δ) with x_low ∈ {0, 0.2, 0.4} and Δ = 0.6: 2.4, 4 or 5.6, equally likely
        assertEquals(4, m.mu()[1], 0.7, "mean effect of 4·x2²");
        assertEquals(4 * Math.sqrt(0.32 / 3), m.sigma()[1], 0.4, "x2 is nonlinear: σ = " + m.sigma()[1]);
        assertTrue(m.sigma()[0] > 0.5 && m.sigma()[2] > 0.5, "x1 and x3 interact");
        assertEquals(0, m.muStar()[3], 0, "x4 does nothing");
        assertEquals(0, m.sigma()[3], 0);
        assertTrue(m.muStar()[1] > m.muStar()[2] && m.muStar()[0] > m.muStar()[3]);
        assertTrue(m.muStarLo()[1] <= m.muStar()[1] && m.muStar()[1] <= m.muStarHi()[1]);
    }
}
