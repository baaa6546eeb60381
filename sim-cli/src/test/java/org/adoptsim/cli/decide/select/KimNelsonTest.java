package org.adoptsim.cli.decide.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KimNelsonTest {

    /**
     * Normal outputs with known means and standard deviations, correlated through a common draw per
     * replicate (common random numbers with correlation {@code rho}); column 1 is a second output that
     * is below zero with probability {@code failure[i]} (a probability constraint's target).
     */
    record Synthetic(double[] mean, double[] sd, double rho, double[] failure, long seed) implements Sampler {
        @Override
        public double[][] sample(int[] systems, int replicate) {
            double common = new SplittableRandom(seed * 1_000_003L + replicate).nextGaussian();
            double[][] out = new double[systems.length][2];
            for (int s = 0; s < systems.length; s++) {
                int i = systems[s];
                SplittableRandom own = new SplittableRandom((seed * 1_000_003L + replicate) * 7919L + i);
                double z = Math.sqrt(rho) * common + Math.sqrt(1 - rho) * own.nextGaussian();
                out[s][0] = mean[i] + sd[i] * z;
                out[s][1] = own.nextDouble() < failure[i] ? -1 : 1;
            }
            return out;
        }
    }

    @Test
    void picksWithinTheIndifferenceZoneAtTheStatedRateInTheSlippageConfiguration() {
        // The least favourable configuration: every other system exactly δ worse than the best.
        int k = 10;
        double delta = 0.5;
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (int i = 0; i < k; i++) {
            mean[i] = i == 3 ? 1 : 1 - delta;
            sd[i] = 1 + 0.1 * i;
        }
        int macro = 400;
        int correct = 0;
        for (int m = 0; m < macro; m++) {
            Synthetic problem = new Synthetic(mean, sd, 0.5, new double[k], 1000 + m);
            SelectionResult r = KimNelson.builder().delta(delta).alpha(0.05).firstStage(10).bootstrap(0, 0).build()
                    .select(k, problem);
            assertTrue(r.guaranteed());
            if (mean[r.selected()] >= mean[3] - delta + 1e-12 && r.selected() == 3) {
                correct++;
            }
        }
        double rate = (double) correct / macro;
        assertTrue(rate >= 0.95, "correct-selection rate " + rate);
    }

    @Test
    void picksWithinTheIndifferenceZoneAtTheStatedRateWithSpreadMeans() {
        int k = 20;
        double delta = 0.3;
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (int i = 0; i < k; i++) {
            mean[i] = -0.1 * Math.abs(i - 12); // best is 12, 11 and 13 are within δ
            sd[i] = 1;
        }
        int macro = 300;
        int correct = 0;
        for (int m = 0; m < macro; m++) {
            SelectionResult r = KimNelson.builder().delta(delta).alpha(0.05).bootstrap(0, 0).build()
                    .select(k, new Synthetic(mean, sd, 0.7, new double[k], 50_000 + m));
            if (mean[r.selected()] > mean[12] - delta) {
                correct++;
            }
        }
        assertTrue(correct >= 0.95 * macro, "correct " + correct + " of " + macro);
    }

    @Test
    void minimisingSelectsTheLowestMean() {
        double[] mean = {5, 3, 4};
        SelectionResult r = KimNelson.builder().delta(0.5).maximise(false).bootstrap(200, 3).build()
                .select(3, new Synthetic(mean, new double[] {1, 1, 1}, 0.5, new double[3], 9));
        assertEquals(1, r.selected());
        assertEquals(3, r.best().orElseThrow().mean(), 0.6);
        assertTrue(r.systems().get(1).pBest() > 0.5, "P(best) " + r.systems().get(1).pBest());
    }

    @Test
    void honoursAProbabilityConstraint() {
        // System 0 is clearly best but fails its constraint in half of the runs; 2 is the best feasible.
        double[] mean = {3, 1, 2, 0};
        double[] failure = {0.5, 0.01, 0.02, 0.0};
        int macro = 50;
        for (int m = 0; m < macro; m++) {
            SelectionResult r = KimNelson.builder().delta(0.3).firstStage(30).bootstrap(100, m)
                    .constraint(new ProbabilityConstraint(1, true, 0, 0.9)).build()
                    .select(4, new Synthetic(mean, new double[] {1, 1, 1, 1}, 0.5, failure, 700 + m));
            assertEquals(SystemResult.Fate.INFEASIBLE, r.systems().get(0).fate(), "macro " + m);
            assertEquals(0.0, r.systems().get(0).pBest());
            assertEquals(2, r.selected(), "macro " + m);
            assertTrue(r.best().orElseThrow().feasible());
        }
    }

    @Test
    void aMarginallyInfeasibleBestIsCaughtWithMoreReplicates() {
        // System 0 is best but meets its constraint in 80 % of runs, not the 90 % required: ten first-stage
        // replicates cannot tell, so feasibility checking must go on until they can.
        double[] mean = {3, 1, 2};
        double[] failure = {0.2, 0.0, 0.02};
        int caught = 0;
        int macro = 40;
        for (int m = 0; m < macro; m++) {
            SelectionResult r = KimNelson.builder().delta(0.3).firstStage(10).bootstrap(0, 0)
                    .constraint(new ProbabilityConstraint(1, true, 0, 0.9)).build()
                    .select(3, new Synthetic(mean, new double[] {1, 1, 1}, 0.5, failure, 9_000 + m));
            if (r.selected() == 2) {
                caught++;
            }
        }
        assertTrue(caught >= 0.9 * macro, "caught " + caught + " of " + macro);
    }

    @Test
    void reportsWhenNothingIsFeasible() {
        SelectionResult r = KimNelson.builder().delta(0.3).firstStage(30)
                .constraint(new ProbabilityConstraint(1, true, 0, 0.9)).build()
                .select(2, new Synthetic(new double[] {1, 2}, new double[] {1, 1}, 0, new double[] {0.6, 0.7}, 1));
        assertEquals(-1, r.selected());
        assertTrue(r.best().isEmpty());
    }

    @Test
    void aBindingBudgetIsReported() {
        double[] mean = {0, 0.01};
        SelectionResult r = KimNelson.builder().delta(0.001).maxReplicates(40).bootstrap(0, 0).build()
                .select(2, new Synthetic(mean, new double[] {1, 1}, 0.2, new double[2], 5));
        assertTrue(!r.guaranteed());
        assertEquals(40, r.replicates());
    }

    @Test
    void wilsonBoundsBracketTheEstimate() {
        Feasibility f = Feasibility.judge(93, 100, 0.9, 0.05);
        assertTrue(f.lower() < 0.9 && f.upper() > 0.93 && f.lower() > 0.85);
        assertEquals(Feasibility.Status.UNDECIDED, f.status());
        assertEquals(Feasibility.Status.FEASIBLE, Feasibility.judge(1000, 1000, 0.9, 0.05).status());
        assertEquals(Feasibility.Status.INFEASIBLE, Feasibility.judge(50, 100, 0.9, 0.05).status());
    }
}
