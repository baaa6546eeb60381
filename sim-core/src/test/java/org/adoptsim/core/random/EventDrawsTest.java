package org.adoptsim.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The keyed per-(team, week) uniforms behind common random numbers: pure functions of their
 * coordinates, uniform on [0, 1), and uncorrelated across teams, weeks, purposes and replicates.
 */
class EventDrawsTest {

    @Test
    void aDrawIsAPureFunctionOfSeedReplicatePurposeTeamAndWeek() {
        EventDraws a = new RandomStreams(42, 3).events();
        EventDraws b = new RandomStreams(42, 3).events();
        for (int i = 0; i < 100; i++) {
            assertEquals(a.uniform(Purpose.ATTENTION, i, 7), b.uniform(Purpose.ATTENTION, i, 7));
        }
        assertNotEquals(a.uniform(Purpose.ATTENTION, 5, 7), new RandomStreams(42, 4).events().uniform(Purpose.ATTENTION, 5, 7));
        assertNotEquals(a.uniform(Purpose.ATTENTION, 5, 7), a.uniform(Purpose.BLOCKER, 5, 7));
        assertNotEquals(a.uniform(Purpose.BLOCKER, 5, 7), a.uniform2(Purpose.BLOCKER, 5, 7));
    }

    /** The bulk draw of all teams is the per-team draw, bit for bit, whatever the team count and week. */
    @Test
    void theAllTeamsDrawEqualsThePerTeamDraws() {
        EventDraws d = new RandomStreams(9, 1).events();
        for (int n : new int[] {1, 7, 42, 63, 64, 65, 1000}) {
            long[] offsets = EventDraws.teamOffsets(n);
            long[] bits = new long[n];
            for (int week = 0; week < 20; week++) {
                long key = d.weekKey(Purpose.INCIDENT, week);
                EventDraws.fillBits(key, offsets, bits);
                for (int i = 0; i < n; i++) {
                    assertEquals(d.uniform(Purpose.INCIDENT, i, week), EventDraws.toUniform(bits[i]), "team " + i);
                    assertTrue(bits[i] >= 0 && bits[i] < 1L << 53);
                }
            }
        }
    }

    /**
     * The integer test is the floating-point one, for every draw: at the threshold and either side of
     * it, at the ends of the 53-bit range and at random bits, for rates that are multiples of 2⁻⁵³ and
     * their neighbours (where a rounding error would show), subnormal rates, rates of random bits in
     * [0, 1), the ends of [0, 1], and rates outside it, infinite or NaN. The test splits the bits at one
     * point, so the bits around the threshold settle each rate.
     */
    @Test
    void theIntegerThresholdIsTheFloatingPointTestExactly() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        java.util.List<Double> rates = new java.util.ArrayList<>(java.util.List.of(0.0, -0.0, 1.0, 0x1.0p-53,
                0x1.8p-53, 0.5, Math.nextDown(1.0), Math.nextUp(0.0), Double.MIN_NORMAL, -0.25, 1.5, 7e300,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.02, 0.075, 0.9));
        for (int k = 0; k < 2000; k++) {
            double multiple = r.nextLong(1L << 53) * 0x1.0p-53;
            rates.add(multiple);
            rates.add(Math.nextUp(multiple));
            rates.add(Math.nextDown(multiple));
            rates.add(Double.longBitsToDouble(r.nextLong(1L << 52))); // a subnormal
            rates.add(Double.longBitsToDouble(r.nextLong(0x3FF0000000000000L))); // any bits in [0, 1)
            rates.add(Math.pow(0.9, 1 + r.nextInt(60)));
        }
        for (double rate : rates) {
            long t = EventDraws.below(rate);
            java.util.List<Long> bits = new java.util.ArrayList<>(java.util.List.of(0L, 1L, (1L << 53) - 1, 1L << 52));
            for (long d = -2; d <= 2; d++) {
                long b = t + d;
                if (b >= 0 && b < 1L << 53) {
                    bits.add(b);
                }
            }
            for (int k = 0; k < 50; k++) {
                bits.add(r.nextLong(1L << 53));
            }
            for (long b : bits) {
                boolean below = EventDraws.toUniform(b) < rate;
                assertEquals(below, b < t, "rate " + rate + ", bits " + b);
                assertEquals(below, ((b - t) >>> 63) == 1, "rate " + rate + ", bits " + b + " (sign bit)");
            }
        }
    }

    /** χ² over 100 bins of 1,000,000 draws: below the 0.1 % critical value of 148.2 (99 degrees of freedom). */
    @Test
    void drawsAreUniform() {
        int[] bins = new int[100];
        EventDraws d = new RandomStreams(7, 0).events();
        for (int w = 0; w < 500; w++) {
            for (int i = 0; i < 2000; i++) {
                double u = d.uniform(Purpose.INCIDENT, i, w);
                assertTrue(u >= 0 && u < 1);
                bins[(int) (u * 100)]++;
            }
        }
        double expected = 10_000;
        double chi2 = 0;
        for (int b : bins) {
            chi2 += (b - expected) * (b - expected) / expected;
        }
        assertTrue(chi2 < 148.2, "χ² = " + chi2);
    }

    /** Correlations between neighbouring teams, weeks, purposes and the second draw: |r| < 4/√n. */
    @Test
    void drawsAreUncorrelatedAcrossCoordinates() {
        EventDraws d = new RandomStreams(11, 2).events();
        int n = 200_000;
        double limit = 4 / Math.sqrt(n);
        double[][] pairs = new double[4][5];
        for (int k = 0; k < n; k++) {
            int team = k % 1000;
            int week = k / 1000;
            double u = d.uniform(Purpose.ATTENTION, team, week);
            accumulate(pairs[0], u, d.uniform(Purpose.ATTENTION, team + 1, week));
            accumulate(pairs[1], u, d.uniform(Purpose.ATTENTION, team, week + 1));
            accumulate(pairs[2], u, d.uniform(Purpose.BLOCKER, team, week));
            accumulate(pairs[3], u, d.uniform2(Purpose.ATTENTION, team, week));
        }
        String[] what = {"next team", "next week", "other purpose", "second draw"};
        for (int p = 0; p < pairs.length; p++) {
            double r = correlation(pairs[p], n);
            assertTrue(Math.abs(r) < limit, what[p] + ": r = " + r);
        }
    }

    private static void accumulate(double[] s, double x, double y) {
        s[0] += x;
        s[1] += y;
        s[2] += x * x;
        s[3] += y * y;
        s[4] += x * y;
    }

    private static double correlation(double[] s, int n) {
        double cov = s[4] / n - (s[0] / n) * (s[1] / n);
        double vx = s[2] / n - (s[0] / n) * (s[0] / n);
        double vy = s[3] / n - (s[1] / n) * (s[1] / n);
        return cov / Math.sqrt(vx * vy);
    }
}
