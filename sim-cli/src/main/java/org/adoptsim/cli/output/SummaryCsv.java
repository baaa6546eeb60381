package org.adoptsim.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.MilestoneSummary;
import org.adoptsim.cli.results.SummaryRow;
import org.adoptsim.cli.results.stats.Estimate;
import org.adoptsim.cli.results.stats.Proportion;

/**
 * summary.csv: one row per strategy, in run order: {@code strategy, replicates}, then for each plain
 * metric {@code ID_mean, ID_ci_low, ID_ci_high} (95 % t interval of the mean over replicates), and for
 * each milestone {@code ID_median} (empty when the median run did not reach it), {@code ID_reached}
 * (runs that reached it), {@code ID_reached_share} and its 95 % Wilson interval
 * {@code ID_reached_ci_low, ID_reached_ci_high}. Raw units: shares in [0, 1], rates per team-week.
 */
public final class SummaryCsv {
    private SummaryCsv() {
    }

    public static List<String> header(MetricCatalog catalog) {
        List<String> h = new ArrayList<>(List.of("strategy", "replicates"));
        for (Metric m : catalog.compared()) {
            String id = m.id();
            if (m.censored()) {
                h.addAll(List.of(id + "_median", id + "_reached", id + "_reached_share", id + "_reached_ci_low",
                        id + "_reached_ci_high"));
            } else {
                h.addAll(List.of(id + "_mean", id + "_ci_low", id + "_ci_high"));
            }
        }
        return h;
    }

    public static void write(List<SummaryRow> rows, MetricCatalog catalog, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.row(header(catalog));
        for (SummaryRow row : rows) {
            csv.cell(row.strategy()).cell(row.replicates());
            for (Metric m : catalog.compared()) {
                if (m.censored()) {
                    MilestoneSummary ms = row.milestone(m.id());
                    Proportion p = ms.share();
                    csv.cell(ms.median()).cell(ms.reached()).cell(p.share()).cell(p.low(Estimate.LEVEL))
                            .cell(p.high(Estimate.LEVEL));
                } else {
                    Estimate e = row.mean(m.id());
                    csv.cell(e.mean()).cell(e.low()).cell(e.high());
                }
            }
            csv.end();
        }
    }

    public static List<SummaryRow> read(CsvTable csv, MetricCatalog catalog) {
        List<SummaryRow> rows = new ArrayList<>();
        for (int r = 0; r < csv.size(); r++) {
            long n = csv.integer(r, "replicates");
            Map<String, Estimate> means = new LinkedHashMap<>();
            Map<String, MilestoneSummary> milestones = new LinkedHashMap<>();
            for (Metric m : catalog.compared()) {
                String id = m.id();
                if (m.censored()) {
                    milestones.put(id, new MilestoneSummary(csv.integer(r, id + "_reached"), n,
                            csv.number(r, id + "_median")));
                } else {
                    means.put(id, new Estimate(n, csv.number(r, id + "_mean"), csv.number(r, id + "_ci_low"),
                            csv.number(r, id + "_ci_high")));
                }
            }
            rows.add(new SummaryRow(csv.text(r, "strategy"), n, means, milestones));
        }
        return rows;
    }
}
