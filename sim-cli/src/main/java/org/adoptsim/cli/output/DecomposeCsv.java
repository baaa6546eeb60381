package org.adoptsim.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.Decomposition;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.stats.Estimate;

/**
 * decompose.csv ({@code compare --decompose A,B}): one row per metric and component of A − B —
 * {@code total, timing, investment, interaction} ({@link Decomposition}) — with {@code pairs} (replicates
 * where all four runs have a value), the mean and its 95 % t interval, in raw units.
 */
public final class DecomposeCsv {
    private static final List<String> HEADER = List.of("strategy", "reference", "metric", "component", "pairs",
            "mean", "ci_low", "ci_high");

    private DecomposeCsv() {
    }

    public static void write(List<Decomposition.Row> rows, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.row(HEADER);
        for (Decomposition.Row r : rows) {
            Estimate e = r.estimate();
            csv.cell(r.a()).cell(r.b()).cell(r.metric()).cell(r.component()).cell(e.n()).cell(e.mean()).cell(e.low())
                    .cell(e.high()).end();
        }
    }

    public static List<Decomposition.Row> read(CsvTable csv, MetricCatalog catalog) {
        List<Decomposition.Row> rows = new ArrayList<>();
        for (int r = 0; r < csv.size(); r++) {
            String metric = csv.text(r, "metric");
            if (catalog.byId(metric).isEmpty() || !Decomposition.COMPONENTS.contains(csv.text(r, "component"))) {
                throw new OutputFormatException(csv.file() + " line " + (r + 2) + ": unknown metric or component");
            }
            rows.add(new Decomposition.Row(csv.text(r, "strategy"), csv.text(r, "reference"), metric,
                    csv.text(r, "component"), new Estimate(csv.integer(r, "pairs"), csv.number(r, "mean"),
                            csv.number(r, "ci_low"), csv.number(r, "ci_high"))));
        }
        return rows;
    }
}
