package org.adoptsim.cli.results;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Moments;
import org.adoptsim.core.result.RunResult;

/**
 * What the difference between two strategies is made of: a 2×2 factorial on paired replicates. Strategy
 * A and B are each a timing (announce, mandate, sunset) and a set of investments (everything else); the
 * two crossed variants are X = A's timing with B's investments and Z = B's timing with A's investments,
 * run on the same replicates and random draws. With B as the reference, per replicate:
 * <pre>
 *   total       = A − B
 *   timing      = X − B            (A's timing alone)
 *   investment  = Z − B            (A's investments alone)
 *   interaction = A − X − Z + B    (what the two do together beyond the sum)
 * </pre>
 * so total = timing + investment + interaction exactly, replicate by replicate. Each component is a mean
 * over the replicates with its 95 % Student-t interval (the difference of two shares is not a share, so
 * t for every metric). Not thread-safe; memory does not grow with replicates.
 */
public final class Decomposition {
    /** The parts of A − B, in table order. */
    public static final List<String> COMPONENTS = List.of("total", "timing", "investment", "interaction");

    private final String a;
    private final String b;
    private final List<Metric> metrics;
    private final Moments[][] parts;

    public Decomposition(String a, String b, List<Metric> metrics) {
        this.a = a;
        this.b = b;
        this.metrics = List.copyOf(metrics);
        this.parts = new Moments[metrics.size()][COMPONENTS.size()];
        for (Moments[] row : parts) {
            for (int c = 0; c < row.length; c++) {
                row[c] = new Moments();
            }
        }
    }

    /**
     * One replicate's four runs.
     *
     * @param ra A, @param rb B, @param rx A's timing with B's investments, @param rz B's timing with A's investments
     */
    public void accept(RunResult ra, RunResult rb, RunResult rx, RunResult rz) {
        for (int m = 0; m < metrics.size(); m++) {
            Metric metric = metrics.get(m);
            double va = metric.of(ra);
            double vb = metric.of(rb);
            double vx = metric.of(rx);
            double vz = metric.of(rz);
            if (Double.isNaN(va) || Double.isNaN(vb) || Double.isNaN(vx) || Double.isNaN(vz)) {
                continue;
            }
            double timing = vx - vb;
            double investment = vz - vb;
            double total = va - vb;
            parts[m][0].accept(total);
            parts[m][1].accept(timing);
            parts[m][2].accept(investment);
            parts[m][3].accept(total - timing - investment);
        }
    }

    public String a() {
        return a;
    }

    public String b() {
        return b;
    }

    /** One row per metric and component, metrics in the given order. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            for (int c = 0; c < COMPONENTS.size(); c++) {
                out.add(new Row(a, b, metrics.get(m).id(), COMPONENTS.get(c), parts[m][c].estimate(Estimate.LEVEL)));
            }
        }
        return out;
    }

    /**
     * One part of A − B on one metric.
     *
     * @param estimate mean over the paired replicates (where all four runs have a value) and its 95 % t interval
     */
    public record Row(String a, String b, String metric, String component, Estimate estimate) {
    }
}
