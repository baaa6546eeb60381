package org.adoptsim.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.EventWeeks;
import org.adoptsim.cli.results.SummaryRow;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Marks the strategies' mandates, deadlines, sunset announcements and shutdowns on a time chart
 * ({@link EventWeeks}: which weeks, with which labels): a thin dotted vertical line in the strategy's
 * colour, named by a label in the same colour at the top of the plot ({@link EventLabels}) rather than in
 * the legend, which keeps to the strategies and bands. Everything comes from summary.csv, so
 * {@code report} redraws the same marks from the folder.
 */
final class EventMarks {
    private static final BasicStroke THIN = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {2f, 4f}, 0f);

    private EventMarks() {
    }

    /** Marks the strategies' events between {@code yLow} and {@code yHigh}, with one set of labels for all of them. */
    static void add(XYChart c, ComparisonTables t, List<String> strategies, double yLow, double yHigh) {
        List<EventLabels.Label> labels = new ArrayList<>();
        for (String strategy : strategies) {
            SummaryRow row = t.row(strategy);
            Color color = Palette.strategy(row.strategy());
            for (EventWeeks.Mark m : EventWeeks.of(row)) {
                double x = m.week();
                XYSeries s = c.addSeries(row.strategy() + ": " + m.label(), new double[] {x, x},
                        new double[] {yLow, yHigh});
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                s.setMarker(SeriesMarkers.NONE);
                s.setLineColor(color);
                s.setLineStyle(THIN);
                s.setShowInLegend(false);
                labels.add(new EventLabels.Label(x, m.label(), color));
            }
        }
        if (!labels.isEmpty()) {
            c.addAnnotation(new EventLabels(labels));
        }
    }
}
