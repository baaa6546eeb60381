package org.adoptsim.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.results.MilestoneSummary;
import org.adoptsim.cli.results.SummaryRow;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Marks a strategy's mandate, its deadline, the sunset announcement and the shutdown on a time chart: a
 * thin vertical line in the strategy's colour at the median run's week (summary.csv's
 * {@code mandate_week_median}, {@code deadline_week_median} and so on; event weeks are week indices,
 * drawn at the end of that week), labelled in the legend. An event that did not happen in the median run
 * gets no mark; one that happened in only some runs (a mandate triggered by a share) says in how many.
 * Events of one strategy in the same week share one line and one legend entry ("mandate + sunset
 * announced").
 * Everything comes from summary.csv, so {@code report} redraws the same marks from the folder.
 */
final class EventMarks {
    private static final BasicStroke THIN = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {2f, 4f}, 0f);
    private static final String[][] EVENTS = {{"mandate_week", "mandate"}, {"deadline_week", "deadline"},
        {"sunset_week", "sunset announced"}, {"shutdown_week", "shutdown"}};

    private EventMarks() {
    }

    /** Marks {@code row}'s events; the legend names the strategy when the chart draws several. */
    static void add(XYChart c, SummaryRow row, double yLow, double yHigh, boolean named) {
        Color color = Palette.strategy(row.strategy());
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
        for (Map.Entry<Double, List<String>> e : names.entrySet()) {
            double x = e.getKey();
            double p = share.get(x);
            String runs = p < 1 ? "; in " + Math.round(100 * p) + " % of runs" : "";
            XYSeries s = c.addSeries((named ? row.strategy() + ": " : "") + String.join(" + ", e.getValue()) + " (week "
                    + Math.round(x) + runs + ")", new double[] {x, x}, new double[] {yLow, yHigh});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(color);
            s.setLineStyle(THIN);
        }
    }
}
