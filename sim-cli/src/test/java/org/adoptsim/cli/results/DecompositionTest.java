package org.adoptsim.cli.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Replicate;
import org.junit.jupiter.api.Test;

class DecompositionTest {
    @Test
    void thePartsAddUpToTheTotalAndEachIsItsOwnDifference() {
        Scenario s = Scenario.defaults().withRun(Scenario.defaults().run().withWeeks(40).withSeed(3));
        MetricCatalog catalog = new MetricCatalog(40);
        Metric net = catalog.get("net_hours");
        Decomposition d = new Decomposition("a", "b", List.of(net));
        double[] sums = new double[4];
        for (int r = 0; r < 4; r++) {
            // four different strategies of the defaults stand in for A, B and the two crossed variants
            List<RunResult> runs = Replicate.run(s, s.strategies(), r, RunDetail.SERIES);
            RunResult a = runs.get(2);
            RunResult b = runs.get(3);
            RunResult x = runs.get(1);
            RunResult z = runs.get(4);
            d.accept(a, b, x, z);
            sums[0] += net.of(a) - net.of(b);
            sums[1] += net.of(x) - net.of(b);
            sums[2] += net.of(z) - net.of(b);
            sums[3] += net.of(a) - net.of(x) - net.of(z) + net.of(b);
        }
        List<Decomposition.Row> rows = d.rows();
        assertEquals(Decomposition.COMPONENTS, rows.stream().map(Decomposition.Row::component).toList());
        for (int c = 0; c < 4; c++) {
            assertEquals(sums[c] / 4, rows.get(c).estimate().mean(), 1e-6, rows.get(c).component());
            assertEquals(4, rows.get(c).estimate().n());
        }
        double parts = rows.get(1).estimate().mean() + rows.get(2).estimate().mean() + rows.get(3).estimate().mean();
        assertEquals(rows.get(0).estimate().mean(), parts, 1e-6);
    }
}
