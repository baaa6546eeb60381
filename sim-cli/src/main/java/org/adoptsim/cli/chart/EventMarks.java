package org.adoptsim.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import org.adoptsim.cli.results.MilestoneSummary;
import org.adoptsim.cli.results.SummaryRow;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Marks a strategy's mandate, sunset and shutdown on a time chart: a thin vertical line in the strategy's
 * colour at the median run's week (summary.csv's {@code mandate_week_median} and so on; event weeks are
 * week indices, drawn at the end of that week), labelled in the legend. An event that did not happen in
 * the median run gets no mark.
 */
final class EventMarks {
    private static final BasicStroke THIN = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {2f, 4f}, 0f);
    private static final String[][] EVENTS = {{"mandate_week", "mandate"}, {"sunset_week", "sunset announced"},
        {"shutdown_week", "shutdown"}};

    private EventMarks() {
    }

    static void add(XYChart c, SummaryRow row, double yLow, double yHigh) {
        Color color = Palette.strategy(row.strategy());
        for (String[] e : EVENTS) {
            MilestoneSummary m = row.milestones().get(e[0]);
            if (m == null || Double.isNaN(m.median())) {
                continue;
            }
            double x = m.median() + 1;
            XYSeries s = c.addSeries(row.strategy() + ": " + e[1] + " (week " + Math.round(x) + ")",
                    new double[] {x, x}, new double[] {yLow, yHigh});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(color);
            s.setLineStyle(THIN);
        }
    }
}
