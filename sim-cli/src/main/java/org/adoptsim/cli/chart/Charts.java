package org.adoptsim.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import org.adoptsim.cli.text.Num;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Building blocks shared by the adoption charts: a styled week-by-share chart, lines and bands. */
public final class Charts {
    static final int WIDTH = 1280;
    static final int HEIGHT = 690;
    static final BasicStroke SOLID = new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {9f, 6f}, 0f);

    private Charts() {
    }

    /** The line of a strategy's look at the width of {@link #SOLID} (solid for the presets). */
    static BasicStroke strokeOf(String strategy) {
        return Palette.stroke(strategy, SOLID.getLineWidth());
    }

    /** A chart of weeks (1 … W) against a percentage of teams, 0–100. */
    static XYChart weeksByPercent(String title, String yTitle, int weeks) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("week")
                .yAxisTitle(yTitle).build();
        ChartStyle.apply(c.getStyler(), 1.0);
        c.getStyler().setXAxisMin(0.0).setXAxisMax((double) weeks).setYAxisMin(-1.0).setYAxisMax(101.0);
        c.getStyler().setXAxisTickMarkSpacingHint(90).setYAxisTickMarkSpacingHint(55);
        c.getStyler().setXAxisDecimalPattern("#0");
        c.getStyler().setyAxisTickLabelsFormattingFunction(y -> Num.fixed(y, 0) + "%");
        niceWeekTicks(c);
        return c;
    }

    /**
     * XChart labels evenly spaced x data at every k-th point, which for weekly data gives ticks every 3
     * or 4 weeks whatever the spacing hint; an invisible point off the weekly grid makes it fall back to
     * round numbers (10, 20, … weeks) that respect the hint.
     */
    static void niceWeekTicks(XYChart c) {
        XYSeries s = c.addSeries(" ", new double[] {0.5}, new double[] {0});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(new Color(0, 0, 0, 0));
        s.setShowInLegend(false);
    }

    static double[] weekAxis(int weeks) {
        double[] x = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            x[w] = w + 1;
        }
        return x;
    }

    /** Shares in [0, 1] as percentages. */
    static double[] percent(double[] shares) {
        double[] p = new double[shares.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = shares[i] * 100;
        }
        return p;
    }

    static XYSeries line(XYChart c, String name, double[] x, double[] y, Color color, BasicStroke stroke) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(stroke);
        return s;
    }

    /** A filled band between two curves over the same x, as a closed polygon. */
    public static XYSeries band(XYChart c, String name, double[] x, double[] lower, double[] upper, Color fill) {
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = x[i];
            py[i] = upper[i];
            px[2 * n - 1 - i] = x[i];
            py[2 * n - 1 - i] = lower[i];
        }
        XYSeries s = c.addSeries(name, px, py);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setMarker(SeriesMarkers.NONE);
        s.setFillColor(fill);
        s.setLineColor(fill);
        s.setLineWidth(0.1f);
        return s;
    }
}
