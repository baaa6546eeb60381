package org.adoptsim.cli.calibrate.posterior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.adoptsim.cli.calibrate.posterior.VarianceSplit.Pairs;
import org.adoptsim.cli.calibrate.posterior.VarianceSplit.Split;
import org.junit.jupiter.api.Test;

/**
 * The pair estimator on synthetic outcomes with a known split: x = μ(θ) + ε, θ drawn once per pair,
 * Var μ(θ) = σ²_p and Var ε = σ²_n, so the parameters' true share is σ²_p / (σ²_p + σ²_n).
 */
class VarianceSplitTest {

    private static Split simulate(int pairs, double sdParameters, double sdNoise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Pairs p = new Pairs();
        for (int k = 0; k < pairs; k++) {
            double mu = 100 + sdParameters * gaussian(r);
            p.add(mu + sdNoise * gaussian(r), mu + sdNoise * gaussian(r));
        }
        return p.split("s", "m");
    }

    private static double gaussian(SplittableRandom r) {
        // Box–Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void recoversAKnownSplitAndItsTwoVariances() {
        Split s = simulate(20_000, Math.sqrt(3), 1, 1);
        assertEquals(0.75, s.parameterShare(), 0.01);
        assertEquals(3, s.parameterVariance(), 0.1);
        assertEquals(1, s.noiseVariance(), 0.03);
        assertTrue(s.shareLow() < 0.75 && 0.75 < s.shareHigh(), s.toString());
        assertTrue(s.shareHigh() - s.shareLow() < 0.03, s.toString());
    }

    @Test
    void pureNoiseHasNoParameterShare() {
        Split s = simulate(5_000, 0, 2, 2);
        assertEquals(0, s.parameterShare(), 0.03);
        assertEquals(4, s.noiseVariance(), 0.2);
        assertEquals(0, s.shareLow());
    }

    @Test
    void theIntervalCoversTheTruthAtAboutItsStatedRate() {
        double truth = 0.4; // σ²_p = 2/3, σ²_n = 1
        int covered = 0;
        int trials = 400;
        for (int t = 0; t < trials; t++) {
            Split s = simulate(100, Math.sqrt(2.0 / 3), 1, 100 + t);
            if (s.shareLow() <= truth && truth <= s.shareHigh()) {
                covered++;
            }
        }
        // 95 % nominal; 400 trials put 90 %–99 % well outside chance for a correct interval
        assertTrue(covered >= 360 && covered <= 396, covered + " of " + trials);
    }

    @Test
    void theMeanIntervalOverPairsCoversWhereOneOverRunsWouldNot() {
        // 75 % of the variance from the parameters: runs in a pair are correlated 0.75, so an interval that
        // took the 2K runs as independent would cover the mean (100) in about 87 % of trials, not 95 %
        int covered = 0;
        int trials = 400;
        for (int t = 0; t < trials; t++) {
            Split s = simulate(50, Math.sqrt(3), 1, 1000 + t);
            if (s.meanLow() <= 100 && 100 <= s.meanHigh()) {
                covered++;
            }
        }
        assertTrue(covered >= 364 && covered <= 396, covered + " of " + trials);
    }

    @Test
    void skipsPairsWithAMissingValueAndNeedsTwoPairs() {
        Pairs p = new Pairs();
        p.add(1, Double.NaN);
        p.add(2, 3);
        Split one = p.split("s", "m");
        assertEquals(1, one.pairs());
        assertTrue(Double.isNaN(one.parameterShare()));
        p.add(5, 5);
        Split two = p.split("s", "m");
        assertEquals(2, two.pairs());
        assertEquals(0.25, two.noiseVariance(), 1e-12); // (2 − 3)² / 2 / 2 pairs
        // pair means 2.5 and 5: MSB = 2 · 3.125 = 6.25; parameters (6.25 − 0.25) / 2 = 3
        assertEquals(3, two.parameterVariance(), 1e-12);
    }

    @Test
    void aConstantDoesNotVary() {
        Pairs p = new Pairs();
        for (int k = 0; k < 10; k++) {
            p.add(0.5, 0.5);
        }
        assertTrue(Double.isNaN(p.split("s", "m").parameterShare()));
    }
}
