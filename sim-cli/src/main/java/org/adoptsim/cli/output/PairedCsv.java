package org.adoptsim.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.PairedRow;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Proportion;

/**
 * paired.csv: one row per strategy (other than the baseline) and paired metric. {@code pairs} is the
 * number of replicates the mean difference ({@code strategy − baseline}, raw units) is taken over —
 * all of them, except for a milestone, where only replicates in which both reached it count.
 * {@code better, same, worse} count all replicates in the metric's direction ({@code better_is}), and
 * {@code p_better} is the share better, with its 95 % Wilson interval.
 */
public final class PairedCsv {
    private static final List<String> HEADER = List.of("strategy", "baseline", "metric", "better_is", "replicates",
            "pairs", "mean_diff", "ci_low", "ci_high", "better", "same", "worse", "p_better", "p_better_ci_low",
            "p_better_ci_high");

    private PairedCsv() {
    }

    public static List<String> header() {
        return HEADER;
    }

    public static void write(List<PairedRow> rows, MetricCatalog catalog, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.row(HEADER);
        for (PairedRow p : rows) {
            Estimate d = p.difference();
            Proportion b = p.pBetter();
            csv.cell(p.strategy()).cell(p.baseline()).cell(p.metric())
                    .cell(catalog.get(p.metric()).direction().better()).cell(p.replicates()).cell(d.n())
                    .cell(d.mean()).cell(d.low()).cell(d.high()).cell(p.better()).cell(p.same()).cell(p.worse())
                    .cell(b.share()).cell(b.low(Estimate.LEVEL)).cell(b.high(Estimate.LEVEL)).end();
        }
    }

    public static List<PairedRow> read(CsvTable csv, MetricCatalog catalog) {
        List<PairedRow> rows = new ArrayList<>();
        for (int r = 0; r < csv.size(); r++) {
            String metric = csv.text(r, "metric");
            if (catalog.byId(metric).isEmpty()) {
                throw new OutputFormatException(csv.file() + " line " + (r + 2) + ": unknown metric '" + metric + "'");
            }
            Estimate d = new Estimate(csv.integer(r, "pairs"), csv.number(r, "mean_diff"), csv.number(r, "ci_low"),
                    csv.number(r, "ci_high"));
            rows.add(new PairedRow(csv.text(r, "strategy"), csv.text(r, "baseline"), metric, d,
                    csv.integer(r, "better"), csv.integer(r, "same"), csv.integer(r, "worse")));
        }
        return rows;
    }
}
