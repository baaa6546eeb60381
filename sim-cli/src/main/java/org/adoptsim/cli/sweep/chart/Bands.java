package org.adoptsim.cli.sweep.chart;

import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A curve's 95 % interval as a translucent polygon under its line (skipping x where it is unknown). */
final class Bands {
    private Bands() {
    }

    static void add(XYChart chart, CurveChart.Curve c, Color color, int index) {
        int n = 0;
        for (int j = 0; j < c.x().length; j++) {
            if (known(c, j)) {
                n++;
            }
        }
        if (n < 2) {
            return;
        }
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        int k = 0;
        for (int j = 0; j < c.x().length; j++) {
            if (known(c, j)) {
                x[k] = c.x()[j];
                y[k] = c.hi()[j];
                x[2 * n - 1 - k] = c.x()[j];
                y[2 * n - 1 - k] = c.lo()[j];
                k++;
            }
        }
        XYSeries band = chart.addSeries(c.name() + " (95 % interval) " + index, x, y);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(ChartStyle.translucent(color, 50));
        band.setLineColor(ChartStyle.translucent(color, 0));
        band.setMarker(SeriesMarkers.NONE);
        band.setShowInLegend(false);
    }

    private static boolean known(CurveChart.Curve c, int j) {
        return !Double.isNaN(c.lo()[j]) && !Double.isNaN(c.hi()[j]);
    }
}
