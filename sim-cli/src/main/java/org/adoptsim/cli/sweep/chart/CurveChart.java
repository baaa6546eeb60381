package org.adoptsim.cli.sweep.chart;

import org.adoptsim.cli.chart.Palette;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A metric against a parameter, one line per series (strategy, or strategy × level of a second
 * parameter) with its 95 % interval as a shaded band: the mandate-timing curve and the main-effect plot
 * of grid sweeps.
 */
public final class CurveChart {
    private CurveChart() {
    }

    /**
     * One line: x ascending, mean and the interval at each x (NaN where unknown); {@code strategy} picks the
     * colour and, without a variant, the dash (its look on every chart; null: by position), {@code variant}
     * the dash and marker (a level of a second parameter; -1: none).
     */
    public record Curve(String name, double[] x, double[] mean, double[] lo, double[] hi, String strategy,
            int variant) {
        public Curve(String name, double[] x, double[] mean, double[] lo, double[] hi) {
            this(name, x, mean, lo, hi, null, -1);
        }
    }

    private static final float[][] DASHES = {null, {9f, 5f}, {2f, 4f}, {12f, 4f, 2f, 4f}, {5f, 5f}, {1f, 2f}};
    private static final org.knowm.xchart.style.markers.Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND,
        SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS};

    public static XYChart of(String title, String xLabel, String yLabel, List<Curve> curves) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        for (int i = 0; i < curves.size(); i++) {
            Curve c = curves.get(i);
            Color color = c.strategy() == null ? ChartStyle.color(i) : ChartStyle.color(c.strategy());
            Bands.add(chart, c, color, i);
            XYSeries line = chart.addSeries(c.name(), c.x(), c.mean());
            line.setLineColor(color);
            line.setMarkerColor(color);
            int v = Math.floorMod(c.variant(), DASHES.length);
            line.setMarker(MARKERS[v]);
            if (c.variant() < 0 && c.strategy() != null) {
                line.setLineStyle(Palette.stroke(c.strategy(), 2.5f));
            } else {
                line.setLineStyle(DASHES[v] == null ? new BasicStroke(2.5f)
                        : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, DASHES[v], 0f));
            }
        }
        return chart;
    }
}
