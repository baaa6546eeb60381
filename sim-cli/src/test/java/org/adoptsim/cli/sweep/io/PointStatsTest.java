package org.adoptsim.cli.sweep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.stats.Moments;
import org.junit.jupiter.api.Test;

class PointStatsTest {
    private final Metric netHours = new MetricCatalog(104).get("net_hours");
    /** Pairs close together, far apart from each other: what a parameter set shared by a pair does. */
    private final double[] values = {100, 104, -50, -47, 70, 75, 10, 12, 120, 119, -60, -66};

    private double[] aggregates(PointStats stats) {
        for (int r = 0; r < values.length; r++) {
            stats.add(new double[] {values[r]}, r);
        }
        StringBuilder b = new StringBuilder();
        stats.appendAggregates(b, 0, false);
        String[] cells = b.substring(1).split(",");
        double[] out = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = Double.parseDouble(cells[i]);
        }
        return out;
    }

    @Test
    void withSharedParametersThePointsIntervalIsThatOfThePairMeans() {
        double[] plain = aggregates(new PointStats(1, List.of(netHours)));
        PointStats paired = new PointStats(1, List.of(netHours));
        paired.sharingParametersInPairs();
        double[] grouped = aggregates(paired);
        assertEquals(plain[0], grouped[0], 0, "the same mean");
        assertEquals(plain[1], grouped[1], 0, "the same sd");
        Moments pairMeans = new Moments();
        for (int k = 0; k < values.length; k += 2) {
            pairMeans.accept((values[k] + values[k + 1]) / 2);
        }
        double half = (pairMeans.estimate(0.95).high() - pairMeans.estimate(0.95).low()) / 2;
        assertEquals(grouped[0] - half, grouped[2], 1e-6);
        assertEquals(grouped[0] + half, grouped[3], 1e-6);
        assertTrue(grouped[3] - grouped[2] > 1.2 * (plain[3] - plain[2]), "six draws, not twelve");
    }

    @Test
    void eachPointStartsAfresh() {
        PointStats paired = new PointStats(1, List.of(netHours));
        paired.sharingParametersInPairs();
        double[] first = aggregates(paired);
        paired.reset();
        assertEquals(first[2], aggregates(paired)[2], 0);
    }
}
