package org.adoptsim.cli.report;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.Decomposition;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.text.TextTable;

/** decompose.csv as a table: one line per metric, the total A − B and its three parts with intervals. */
public final class DecompositionTable {
    private DecompositionTable() {
    }

    public static TextTable of(List<Decomposition.Row> rows, MetricCatalog catalog) {
        String a = rows.get(0).a();
        String b = rows.get(0).b();
        List<List<String>> lines = new ArrayList<>();
        List<String> line = null;
        for (Decomposition.Row r : rows) {
            Metric m = catalog.get(r.metric());
            if (r.component().equals(Decomposition.COMPONENTS.get(0))) {
                line = new ArrayList<>(List.of(m.label()));
                lines.add(line);
            }
            line.add(cell(m, r.estimate()));
        }
        return new TextTable("What " + a + " - " + b + " is made of (same replicates and draws)",
                List.of("metric", "total", "timing", "investments", "interaction"),
                List.of(false, true, true, true, true), lines, List.of(
                        "Timing: " + a + "'s announce, mandate and sunset with " + b + "'s investments, minus " + b
                                + ". Investments: " + b + "'s timing with " + a + "'s investments, minus " + b + ".",
                        "Interaction: the rest (total = timing + investments + interaction); mean +/- 95% CI half-width."));
    }

    private static String cell(Metric m, Estimate e) {
        String s = m.unit().formatDifference(e.mean());
        return e.hasInterval() ? s + " \u00b1" + m.unit().formatBare(e.high() - e.mean()) : s;
    }
}
