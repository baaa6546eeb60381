package org.adoptsim.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.MilestoneSummary;
import org.adoptsim.cli.results.SummaryRow;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Marks the strategies' mandates, deadlines, sunset announcements and shutdowns on a time chart: a thin
 * dotted vertical line in the strategy's colour at the median run's week (summary.csv's
 * {@code mandate_week_median}, {@code deadline_week_median} and so on; event weeks are week indices, drawn
 * at the end of that week), named by a label in the same colour at the top of the plot
 * ({@link EventLabels}) rather than in the legend, which keeps to the strategies and bands. An event that
 * did not happen in the median run gets no mark; one that happened in only some runs (a mandate triggered
 * by a share) says in how many. Events of one strategy in the same week share one line and one label
 * ("mandate + sunset announced, week 42"). Everything comes from summary.csv, so {@code report} redraws
 * the same marks from the folder.
 */
final class EventMarks {
    private static final BasicStroke THIN = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {2f, 4f}, 0f);
    private static final String[][] EVENTS = {{"mandate_week", "mandate"}, {"deadline_week", "deadline"},
        {"sunset_week", "sunset announced"}, {"shutdown_week", "shutdown"}};

    private EventMarks() {
    }

    /** Marks the strategies' events between {@code yLow} and {@code yHigh}, with one set of labels for all of them. */
    static void add(XYChart c, ComparisonTables t, List<String> strategies, double yLow, double yHigh) {
        List<EventLabels.Label> labels = new ArrayList<>();
        for (String strategy : strategies) {
            SummaryRow row = t.row(strategy);
            Color color = Palette.strategy(row.strategy());
            for (Map.Entry<Double, String> e : marks(row).entrySet()) {
                double x = e.getKey();
                XYSeries s = c.addSeries(row.strategy() + ": " + e.getValue(), new double[] {x, x},
                        new double[] {yLow, yHigh});
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                s.setMarker(SeriesMarkers.NONE);
                s.setLineColor(color);
                s.setLineStyle(THIN);
                s.setShowInLegend(false);
                labels.add(new EventLabels.Label(x, e.getValue(), color));
            }
        }
        if (!labels.isEmpty()) {
            c.addAnnotation(new EventLabels(labels));
        }
    }

    /** The row's marked weeks (drawn at the end of the week) with their labels, in order of the events. */
    private static Map<Double, String> marks(SummaryRow row) {
        Map<Double, List<String>> names = new LinkedHashMap<>();
        Map<Double, Double> share = new LinkedHashMap<>();
        for (String[] e : EVENTS) {
            MilestoneSummary m = row.milestones().get(e[0]);
            if (m == null || Double.isNaN(m.median())) {
                continue;
            }
            double x = m.median() + 1;
            names.computeIfAbsent(x, k -> new ArrayList<>()).add(e[1]);
            share.merge(x, (double) m.reached() / m.runs(), Math::min);
        }
        Map<Double, String> out = new LinkedHashMap<>();
        for (Map.Entry<Double, List<String>> e : names.entrySet()) {
            double p = share.get(e.getKey());
            out.put(e.getKey(), String.join(" + ", e.getValue()) + ", week " + Math.round(e.getKey())
                    + (p < 1 ? ", in " + Math.round(100 * p) + " % of runs" : ""));
        }
        return out;
    }
}
