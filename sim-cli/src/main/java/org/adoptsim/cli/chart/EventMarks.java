package org.adoptsim.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import org.adoptsim.cli.results.MilestoneSummary;
import org.adoptsim.cli.results.SummaryRow;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Marks a strategy's mandate, its deadline, sunset and shutdown on a time chart: a thin vertical line in
 * the strategy's colour at the median run's week (summary.csv's {@code mandate_week_median} and so on;
 * event weeks are week indices, drawn at the end of that week), labelled in the legend. The deadline is not
 * in the tables: it is the mandate week plus the strategy's {@code deadlineWeeks} (the engine sets it so,
 * MandatePhase), given by the caller, and drawn only when it falls within the horizon. An event that did
 * not happen in the median run gets no mark.
 */
final class EventMarks {
    private static final BasicStroke THIN = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {2f, 4f}, 0f);
    private static final String[][] EVENTS = {{"mandate_week", "mandate"}, {"sunset_week", "sunset announced"},
        {"shutdown_week", "shutdown"}};

    private EventMarks() {
    }

    /**
     * @param deadlineWeeks weeks from the mandate to its deadline, or null when unknown (no deadline mark)
     * @param weeks         the horizon: a deadline after it is not drawn
     */
    static void add(XYChart c, SummaryRow row, Integer deadlineWeeks, int weeks, double yLow, double yHigh) {
        Color color = Palette.strategy(row.strategy());
        for (String[] e : EVENTS) {
            MilestoneSummary m = row.milestones().get(e[0]);
            if (m == null || Double.isNaN(m.median())) {
                continue;
            }
            double x = m.median() + 1;
            mark(c, row.strategy() + ": " + e[1] + " (week " + Math.round(x) + ")", x, color, yLow, yHigh);
            if (e[0].equals("mandate_week") && deadlineWeeks != null && x + deadlineWeeks <= weeks) {
                double d = x + deadlineWeeks;
                mark(c, row.strategy() + ": deadline (week " + Math.round(d) + ")", d, color, yLow, yHigh);
            }
        }
    }

    private static void mark(XYChart c, String label, double x, Color color, double yLow, double yHigh) {
        XYSeries s = c.addSeries(label, new double[] {x, x}, new double[] {yLow, yHigh});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(THIN);
    }
}
