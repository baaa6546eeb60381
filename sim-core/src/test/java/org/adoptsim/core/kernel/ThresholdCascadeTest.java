package org.adoptsim.core.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.org.Graph;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The threshold kernel: known cascades by hand, and sweep = incremental = adaptive on random graphs. */
class ThresholdCascadeTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sweepIncrementalAndAdaptiveGiveTheSameRounds(long seed) {
        UniformRandomProvider rng = Graphs.rng(seed);
        NetworkSpec[] specs = {new NetworkSpec.ErdosRenyi(2 + 10 * rng.nextDouble()),
            new NetworkSpec.WattsStrogatz(2 + 2 * rng.nextInt(4), rng.nextDouble() * 0.3),
            new NetworkSpec.BarabasiAlbert(1 + rng.nextInt(4))};
        int n = 500 + rng.nextInt(2500);
        Graph g = Graphs.network(n, specs[(int) (seed % specs.length)], seed);
        double[] theta = Graphs.thresholds(n, 0.05, 0.45, rng);
        int[] seedSet = Graphs.seeds(n, 1 + rng.nextInt(n / 50), rng);
        int maxRounds = rng.nextInt(4) == 0 ? 1 + rng.nextInt(6) : Integer.MAX_VALUE;

        ThresholdCascade k = new ThresholdCascade(g);
        k.thresholds(theta);
        CascadeResult sweep = k.run(seedSet, Update.SWEEP, maxRounds);
        int[] bySweep = k.rounds();
        CascadeResult incremental = k.run(seedSet, Update.INCREMENTAL, maxRounds);
        int[] byIncrement = k.rounds();
        CascadeResult adaptive = k.run(seedSet, Update.ADAPTIVE, maxRounds);

        assertArrayEquals(bySweep, byIncrement, "incremental differs from sweep");
        assertArrayEquals(bySweep, k.rounds(), "adaptive differs from sweep");
        for (CascadeResult r : new CascadeResult[] {incremental, adaptive}) {
            assertEquals(sweep.adopted(), r.adopted());
            assertEquals(sweep.rounds(), r.rounds());
        }
        assertEquals(0, sweep.incrementalRounds());
        assertEquals(0, incremental.sweepRounds());
        assertRoundsAreSynchronousFixedPoint(g, theta, seedSet, bySweep, maxRounds);
    }

    /** Checks the result against the rule itself, node by node: the reference the algorithms must meet. */
    private static void assertRoundsAreSynchronousFixedPoint(Graph g, double[] theta, int[] seeds, int[] round,
            int maxRounds) {
        boolean[] isSeed = new boolean[g.nodes()];
        for (int s : seeds) {
            isSeed[s] = true;
        }
        int last = 0;
        for (int r : round) {
            last = Math.max(last, r);
        }
        for (int i = 0; i < g.nodes(); i++) {
            int expected = isSeed[i] ? 0 : ThresholdCascade.NEVER;
            for (int r = 1; !isSeed[i] && r <= Math.min(last + 1, maxRounds); r++) {
                if (share(g, i, round, r - 1) >= theta[i]) {
                    expected = r;
                    break;
                }
            }
            assertEquals(expected, round[i], "node " + i);
        }
    }

    /** Share of i's neighbours adopted by the end of round r (0 without neighbours). */
    private static double share(Graph g, int i, int[] round, int r) {
        int a = 0;
        for (int k = 0; k < g.degree(i); k++) {
            int j = g.neighbour(i, k);
            a += round[j] != ThresholdCascade.NEVER && round[j] <= r ? 1 : 0;
        }
        return g.degree(i) == 0 ? 0 : (double) a / g.degree(i);
    }

    @Test
    void aHalfThresholdPathFallsOneNodePerRound() {
        Graph g = Graphs.path(6);
        ThresholdCascade k = new ThresholdCascade(g);
        k.thresholds(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5});
        for (Update u : Update.values()) {
            CascadeResult r = k.run(new int[] {0}, u, Integer.MAX_VALUE);
            assertEquals(6, r.adopted(), u.name());
            assertEquals(5, r.rounds(), u.name());
            assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, k.rounds(), u.name());
        }
    }

    @Test
    void sharesEqualToTheThresholdAreEnough() {
        Graph star = Graphs.ties(5, new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3}, new int[] {0, 4});
        ThresholdCascade k = new ThresholdCascade(star);
        k.thresholds(new double[] {0.25, 2, 2, 2, 2});
        assertEquals(1, k.run(new int[] {1}, Update.INCREMENTAL, 10).rounds());
        k.thresholds(new double[] {Math.nextUp(0.25), 2, 2, 2, 2});
        assertEquals(1, k.run(new int[] {1}, Update.SWEEP, 10).adopted(), "1 of 4 is below 0.25 + ulp");
        assertEquals(0, ThresholdCascade.requirement(0.0, 4));
        assertEquals(1, ThresholdCascade.requirement(1.0 / 3, 3));
        assertEquals(4, ThresholdCascade.requirement(1.0, 4));
        assertEquals(5, ThresholdCascade.requirement(1.2, 4), "unreachable");
    }

    @Test
    void thresholdsAtOrBelowZeroAdoptInRoundOneEvenAlone() {
        Graph g = Graphs.ties(4, new int[] {0, 1});
        ThresholdCascade k = new ThresholdCascade(g);
        k.thresholds(new double[] {0.9, 0.9, 0, 0.1});
        for (Update u : Update.values()) {
            CascadeResult r = k.run(new int[0], u, Integer.MAX_VALUE);
            assertArrayEquals(new int[] {-1, -1, 1, -1}, k.rounds(), u.name());
            assertEquals(1, r.adopted());
        }
    }

    @Test
    void maxRoundsStopsTheCascadeAndDuplicateSeedsCountOnce() {
        ThresholdCascade k = new ThresholdCascade(Graphs.path(10));
        double[] half = new double[10];
        java.util.Arrays.fill(half, 0.5);
        k.thresholds(half);
        CascadeResult r = k.run(new int[] {0, 0, 9}, Update.ADAPTIVE, 2);
        assertEquals(6, r.adopted());
        assertEquals(2, r.rounds());
    }

    @Test
    void sweepWorkIsCountedExactly() {
        Graph g = Graphs.path(4);
        ThresholdCascade k = new ThresholdCascade(g);
        k.thresholds(new double[] {0.5, 0.5, 0.5, 0.5});
        CascadeResult r = k.run(new int[] {0}, Update.SWEEP, Integer.MAX_VALUE);
        assertEquals(3 + 2 + 1, r.evaluations(), "non-adopters per round: 3, 2, 1; the 4th round finds nobody");
        assertEquals(4, r.sweepRounds());
        assertEquals(3, r.rounds());
        assertEquals(4 * 6, r.edgeVisits(), "a sweep reads all 6 entries of the path's 3 ties each round");
        CascadeResult inc = k.run(new int[] {0}, Update.INCREMENTAL, Integer.MAX_VALUE);
        assertEquals(4, inc.incrementalRounds(), "the 4th round finds nobody here too");
        assertEquals(1 + 2 + 2 + 1, inc.edgeVisits(), "rows of the frontiers 0, 1, 2, 3");
        assertTrue(inc.edgeVisits() < r.edgeVisits());
    }

    @Test
    void badInputIsRejectedWithTheField() {
        ThresholdCascade k = new ThresholdCascade(Graphs.path(3));
        assertThrows(IllegalStateException.class, () -> k.run(new int[0], Update.SWEEP, 1));
        assertEquals("thresholds: 2 values for 3 nodes",
                assertThrows(IllegalArgumentException.class, () -> k.thresholds(new double[2])).getMessage());
        assertEquals("thresholds[1]: must be a number", assertThrows(IllegalArgumentException.class,
                () -> k.thresholds(new double[] {0, Double.NaN, 0})).getMessage());
        k.thresholds(new double[3]);
        assertEquals("seeds: node 3 outside 0..2",
                assertThrows(IllegalArgumentException.class, () -> k.run(new int[] {3}, Update.SWEEP, 1)).getMessage());
    }
}
