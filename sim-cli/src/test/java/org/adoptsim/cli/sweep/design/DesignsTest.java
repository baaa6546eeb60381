package org.adoptsim.cli.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The designs' defining properties: sizes, coverage, stratification, one-at-a-time steps, determinism. */
class DesignsTest {

    @Test
    void gridHasEveryCombinationOnceLastParameterFastest() {
        GridDesign g = new GridDesign(new int[] {3, 4, 2});
        assertEquals(24, g.size());
        Set<String> seen = new HashSet<>();
        int[] levels = new int[3];
        double[] u = new double[3];
        for (long p = 0; p < g.size(); p++) {
            g.levelsAt(p, levels);
            g.unit(p, u);
            assertTrue(seen.add(levels[0] + "," + levels[1] + "," + levels[2]));
            for (int d = 0; d < 3; d++) {
                assertEquals((levels[d] + 0.5) / new int[] {3, 4, 2}[d], u[d], 1e-15);
            }
        }
        g.levelsAt(1, levels);
        assertArrayEquals(new int[] {0, 0, 1}, levels);
        g.levelsAt(23, levels);
        assertArrayEquals(new int[] {2, 3, 1}, levels);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 7, 1000, 4097})
    void keyedPermutationIsABijection(long n) {
        KeyedPermutation p = new KeyedPermutation(n, 12345);
        BitSet hit = new BitSet();
        for (long i = 0; i < n; i++) {
            long v = p.apply(i);
            assertTrue(v >= 0 && v < n);
            assertFalse(hit.get((int) v), "image " + v + " twice");
            hit.set((int) v);
        }
    }

    @Test
    void latinHypercubeHasOnePointInEveryStratumOfEveryDimension() {
        int n = 1000;
        LatinHypercube l = new LatinHypercube(n, 5, 42);
        BitSet[] strata = new BitSet[5];
        for (int d = 0; d < 5; d++) {
            strata[d] = new BitSet(n);
        }
        double[] u = new double[5];
        for (long p = 0; p < n; p++) {
            l.unit(p, u);
            for (int d = 0; d < 5; d++) {
                assertTrue(u[d] > 0 && u[d] < 1);
                int s = (int) Math.floor(u[d] * n);
                assertFalse(strata[d].get(s), "dimension " + d + " stratum " + s + " twice");
                strata[d].set(s);
            }
        }
        double[] again = new double[5];
        double[] other = new double[5];
        l.unit(17, u);
        new LatinHypercube(n, 5, 42).unit(17, again);
        new LatinHypercube(n, 5, 43).unit(17, other);
        assertArrayEquals(u, again, "same key, same design");
        assertNotEquals(u[0], other[0], "another key, another design");
    }

    @Test
    void saltelliBlocksMixAAndBOneColumnAtATime() {
        SaltelliDesign s = new SaltelliDesign(16, 3);
        assertEquals(16 * 5, s.size());
        double[] a = new double[3];
        double[] b = new double[3];
        double[] ab = new double[3];
        for (int row = 0; row < 16; row++) {
            s.unit(row * 5L, a);
            s.unit(row * 5L + 1, b);
            for (int i = 0; i < 3; i++) {
                s.unit(row * 5L + 2 + i, ab);
                for (int d = 0; d < 3; d++) {
                    assertEquals(d == i ? b[d] : a[d], ab[d], 0);
                }
            }
            for (int d = 0; d < 3; d++) {
                assertTrue(a[d] > 0 && a[d] < 1 && b[d] > 0 && b[d] < 1, "the all-zero point is skipped");
            }
        }
        s.unit(0, a);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, a, "row 0 is Sobol point 1");
    }

    @Test
    void morrisStepsMoveOneParameterByDeltaOnTheGrid() {
        int k = 5;
        int p = 4;
        MorrisDesign m = new MorrisDesign(30, k, p, 7);
        double delta = p / (2.0 * (p - 1));
        assertEquals(30 * 6, m.size());
        double[] prev = new double[k];
        double[] cur = new double[k];
        for (int t = 0; t < 30; t++) {
            boolean[] moved = new boolean[k];
            m.unit(t * 6L, prev);
            for (int s = 1; s <= k; s++) {
                m.unit(t * 6L + s, cur);
                int changed = 0;
                for (int d = 0; d < k; d++) {
                    double level = cur[d] * (p - 1);
                    assertEquals(Math.rint(level), level, 1e-12, "on the p-level grid");
                    if (cur[d] != prev[d]) {
                        changed++;
                        assertEquals(delta, Math.abs(cur[d] - prev[d]), 1e-12);
                        assertFalse(moved[d], "each parameter moves once per trajectory");
                        moved[d] = true;
                    }
                }
                assertEquals(1, changed);
                System.arraycopy(cur, 0, prev, 0, k);
            }
        }
    }
}
