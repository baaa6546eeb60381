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
        return header(catalog, 0);
    }

    /**
     * The header for runs whose week 0 is calendar week {@code startWeek} (a scenario {@code start}; 0:
     * none). With a calendar, each milestone's {@code ID_median} is followed by {@code ID_median_calendar}:
     * the calendar week in which the median run reached it ({@link #calendarWeek}).
     */
    public static List<String> header(MetricCatalog catalog, int startWeek) {
        List<String> h = new ArrayList<>(List.of("strategy", "replicates"));
        for (Metric m : catalog.compared()) {
            String id = m.id();
            if (m.censored()) {
                h.add(id + "_median");
                if (startWeek > 0) {
                    h.add(id + "_median_calendar");
                }
                h.addAll(List.of(id + "_reached", id + "_reached_share", id + "_reached_ci_low",
                        id + "_reached_ci_high"));
            } else {
                h.addAll(List.of(id + "_mean", id + "_ci_low", id + "_ci_high"));
            }
        }
        return h;
    }

    public static void write(List<SummaryRow> rows, MetricCatalog catalog, Writer out) throws IOException {
        write(rows, catalog, 0, out);
    }

    /** As {@link #write(List, MetricCatalog, Writer)}, with the calendar columns when {@code startWeek > 0}. */
    public static void write(List<SummaryRow> rows, MetricCatalog catalog, int startWeek, Writer out)
            throws IOException {
        Csv csv = new Csv(out);
        csv.row(header(catalog, startWeek));
        for (SummaryRow row : rows) {
            csv.cell(row.strategy()).cell(row.replicates());
            for (Metric m : catalog.compared()) {
                if (m.censored()) {
                    MilestoneSummary ms = row.milestone(m.id());
                    Proportion p = ms.share();
                    csv.cell(ms.median());
                    if (startWeek > 0) {
                        csv.cell(calendarWeek(m.id(), ms.median(), startWeek));
                    }
                    csv.cell(ms.reached()).cell(p.share()).cell(p.low(Estimate.LEVEL))
                            .cell(p.high(Estimate.LEVEL));
                } else {
                    Estimate e = row.mean(m.id());
                    csv.cell(e.mean()).cell(e.low()).cell(e.high());
                }
            }
            csv.end();
        }
    }

    /**
     * The calendar week in which a milestone or event happened: an event week ({@code mandate_week},
     * {@code deadline_week}, {@code sunset_week}, {@code shutdown_week}) is a week index, so
     * {@code startWeek + week}; any other is weeks elapsed until the end of the week it happened in, so
     * {@code startWeek + weeks − 1}. NaN stays NaN (an empty cell).
     */
    public static double calendarWeek(String id, double value, int startWeek) {
        return EVENT_WEEKS.contains(id) ? startWeek + value : startWeek + value - 1;
    }

    private static final java.util.Set<String> EVENT_WEEKS = java.util.Set.of("mandate_week", "deadline_week",
            "sunset_week", "shutdown_week");

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
