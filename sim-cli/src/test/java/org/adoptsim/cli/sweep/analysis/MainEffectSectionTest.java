package org.adoptsim.cli.sweep.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.stats.Moments;
import org.adoptsim.cli.results.stats.PairMeans;
import org.adoptsim.cli.sweep.chart.CurveChart;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Main-effect bins: equal-count bins by x, and their bands with and without shared draws. */
class MainEffectSectionTest {

    @Test
    void binsHoldEqualCountsInOrderOfX() {
        int[][] bins = MainEffectSection.bins(new double[] {5, 1, 4, 2, 3, 0}, 3);
        assertArrayEquals(new int[] {5, 1}, bins[0]);
        assertArrayEquals(new int[] {3, 4}, bins[1]);
        assertArrayEquals(new int[] {2, 0}, bins[2]);
    }

    @Test
    void aBinOfPointsSharingDrawsGetsTheIntervalOverTheSharedGroupsMeans() {
        double[] x = {0, 1, 2, 3};
        double[] y = {10, 11, 12, 13}; // point means
        int[][] one = MainEffectSection.bins(x, 1);
        var metric = MetricCatalog.anyHorizon().get("net_hours");
        CurveChart.Curve plain = MainEffectSection.binned("s", x, y, one, null, 8, metric);
        Moments pm = new Moments();
        for (double v : y) {
            pm.accept(v);
        }
        double tPoints = TDistribution.of(3).inverseCumulativeProbability(0.975);
        assertEquals(11.5 + tPoints * Math.sqrt(pm.variance() / 4), plain.hi()[0], 1e-9, "point means as independent");

        // three replicates' means over the bin's runs: 8, 11.5, 15
        PairMeans groups = PairMeans.ofGroups(new double[] {7, 11.5, 9, 15}, new int[] {0, 1, 0, 2});
        CurveChart.Curve shared = MainEffectSection.binned("s", x, y, one, new PairMeans[] {groups}, 8, metric);
        double half = TDistribution.of(2).inverseCumulativeProbability(0.975) * Math.sqrt(12.25 / 3);
        assertEquals(11.5, shared.mean()[0], 1e-12, "the bin's mean is still the mean of its point means");
        assertEquals(11.5 - half, shared.lo()[0], 1e-9);
        assertEquals(11.5 + half, shared.hi()[0], 1e-9);
    }

    /**
     * A share of runs that is 1 at every point of a bin keeps a band: Wilson's over the bin's 4 × 8 runs
     * without shared draws, over its 3 groups with them; a share that varies keeps its t band where wider.
     */
    @Test
    void aShareOfOneAtEveryPointKeepsWilsonsBand() {
        double[] x = {0, 1, 2, 3};
        int[][] one = MainEffectSection.bins(x, 1);
        var reached = MetricCatalog.anyHorizon().get("reached_100");
        CurveChart.Curve all = MainEffectSection.binned("s", x, new double[] {1, 1, 1, 1}, one, null, 8, reached);
        org.adoptsim.cli.results.stats.Proportion runs = new org.adoptsim.cli.results.stats.Proportion(32, 32);
        assertEquals(runs.low(0.95), all.lo()[0], 1e-12, "Wilson over 32 runs");
        assertEquals(1.0, all.hi()[0], 0);
        PairMeans groups = PairMeans.ofGroups(new double[] {1, 1, 1, 1}, new int[] {0, 1, 0, 2});
        CurveChart.Curve shared = MainEffectSection.binned("s", x, new double[] {1, 1, 1, 1}, one,
                new PairMeans[] {groups}, 8, reached);
        assertEquals(new org.adoptsim.cli.results.stats.Proportion(3, 3).low(0.95), shared.lo()[0], 1e-12,
                "Wilson over the three groups of shared runs");
        double[] varied = {0, 1, 0, 1};
        CurveChart.Curve wide = MainEffectSection.binned("s", x, varied, one, null, 8, reached);
        double half = TDistribution.of(3).inverseCumulativeProbability(0.975) * Math.sqrt(1.0 / 3 / 4);
        assertEquals(Math.max(0, 0.5 - half), wide.lo()[0], 1e-9, "the t band over point means, wider than Wilson's");
    }
}
