package org.adoptsim.cli.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.core.result.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparisonAccumulatorTest {
    private static List<List<RunResult>> runs;
    private static final MetricCatalog CATALOG = new MetricCatalog(60);

    @BeforeAll
    static void simulate() {
        runs = SmallRuns.replicates(12);
    }

    private static ComparisonAccumulator fresh(int baseline) {
        return new ComparisonAccumulator(SmallRuns.names(), baseline, CATALOG, 42);
    }

    @Test
    void summaryMatchesABruteForceComputation() {
        ComparisonAccumulator acc = fresh(0);
        runs.forEach(acc::accept);
        ComparisonTables t = Tabulator.tabulate(acc);
        int s = 3;
        String name = SmallRuns.names().get(s);
        double[] x = runs.stream().mapToDouble(r -> r.get(s).metrics().meanResentment()).toArray();
        double mean = Arrays.stream(x).average().orElseThrow();
        Estimate e = t.row(name).mean("mean_resentment");
        assertEquals(mean, e.mean(), 1e-12);
        assertEquals(12, e.n());
        assertEquals(runs.stream().filter(r -> r.get(s).metrics().weeksTo90() > 0).count(),
                t.row(name).milestone("weeks_to_90").reached());
    }

    @Test
    void pairedDifferencesArePerReplicate() {
        ComparisonAccumulator acc = fresh(1);
        runs.forEach(acc::accept);
        ComparisonTables t = Tabulator.tabulate(acc);
        String strategy = SmallRuns.names().get(4);
        PairedRow row = t.paired(strategy).stream().filter(p -> p.metric().equals("honest_at_52")).findFirst()
                .orElseThrow();
        double[] d = runs.stream().mapToDouble(r -> r.get(4).series().doneShare(51) - r.get(1).series().doneShare(51))
                .toArray();
        assertEquals(Arrays.stream(d).average().orElseThrow(), row.difference().mean(), 1e-12);
        assertEquals(Arrays.stream(d).filter(v -> v > 0).count(), row.better());
        assertEquals(Arrays.stream(d).filter(v -> v < 0).count(), row.worse());
        assertEquals(SmallRuns.names().get(1), row.baseline());
        assertTrue(t.paired(SmallRuns.names().get(1)).isEmpty(), "the baseline is not compared with itself");
    }

    @Test
    void combiningHalvesEqualsOneStream() {
        ComparisonAccumulator all = fresh(0);
        ComparisonAccumulator a = fresh(0);
        ComparisonAccumulator b = fresh(0);
        for (int r = 0; r < runs.size(); r++) {
            all.accept(runs.get(r));
            (r < 5 ? a : b).accept(runs.get(r));
        }
        a.combine(b);
        ComparisonTables x = Tabulator.tabulate(all);
        ComparisonTables y = Tabulator.tabulate(a);
        for (String s : SmallRuns.names()) {
            for (String col : x.weekly().columns()) {
                double[] u = x.weekly().column(s, col);
                double[] v = y.weekly().column(s, col);
                for (int w = 0; w < u.length; w++) {
                    assertEquals(u[w], v[w], 1e-12 * Math.max(1, Math.abs(u[w])), s + " " + col + " week " + (w + 1));
                }
            }
            assertEquals(x.row(s).milestone("weeks_to_90"), y.row(s).milestone("weeks_to_90"));
            assertEquals(x.row(s).mean("dual_team_weeks").mean(), y.row(s).mean("dual_team_weeks").mean(), 1e-9);
        }
        assertEquals(12, a.replicates());
    }

    @Test
    void rejectsAReplicateOfTheWrongShape() {
        ComparisonAccumulator acc = fresh(0);
        assertThrows(IllegalArgumentException.class, () -> acc.accept(runs.get(0).subList(0, 2)));
    }
}
