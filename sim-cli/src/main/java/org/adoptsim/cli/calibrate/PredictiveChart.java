package org.adoptsim.cli.calibrate;

import java.awt.BasicStroke;
import java.awt.Color;
import org.adoptsim.cli.chart.ChartStyle;
import org.adoptsim.cli.chart.Charts;
import org.adoptsim.cli.chart.Figure;
import org.adoptsim.cli.chart.Palette;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The posterior predictive check as a chart: the observed shares of teams started and done by each
 * week (solid) against the 50 % and 90 % bands of runs drawn from the posterior, with a vertical line
 * at the cutoff when weeks after it were held out. XChart, styled like the project's other charts.
 */
final class PredictiveChart {
    private static final BasicStroke SOLID = new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private PredictiveChart() {
    }

    static Figure of(double[] obsStarted, double[] obsDone, Predictive started, Predictive done, int cutoff,
            String footer) {
        int weeks = obsStarted.length;
        XYChart c = new XYChartBuilder().width(1280).height(690).title("Posterior predictive check")
                .xAxisTitle("week").yAxisTitle("teams (%)").build();
        ChartStyle.apply(c.getStyler(), 1.0);
        c.getStyler().setXAxisMin(0.0).setXAxisMax((double) Math.max(1, weeks - 1)).setYAxisMin(-1.0).setYAxisMax(101.0);
        double[] x = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            x[w] = w;
        }
        Color s = Palette.series(0);
        Color d = Palette.series(1);
        Charts.band(c, "started: 90 % of runs", x, percent(started.p05()), percent(started.p95()), Palette.translucent(s, 45));
        Charts.band(c, "started: 50 % of runs", x, percent(started.p25()), percent(started.p75()), Palette.translucent(s, 95));
        Charts.band(c, "done: 90 % of runs", x, percent(done.p05()), percent(done.p95()), Palette.translucent(d, 45));
        Charts.band(c, "done: 50 % of runs", x, percent(done.p25()), percent(done.p75()), Palette.translucent(d, 95));
        line(c, "started, observed", x, obsStarted, s);
        line(c, "done, observed", x, obsDone, d);
        if (cutoff < weeks - 1) {
            line(c, "cutoff (fitted up to here)", new double[] {cutoff, cutoff}, new double[] {0, 1}, Color.GRAY);
        }
        return Figure.single("predictive", c, footer,
                "Observed shares of teams started and done against the 50 % and 90 % bands of runs drawn from"
                        + " the posterior; weeks after the cutoff were not used in the fit.");
    }

    private static void line(XYChart c, String name, double[] x, double[] y, Color color) {
        XYSeries s = c.addSeries(name, x, percent(y));
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(SOLID);
    }

    private static double[] percent(double[] shares) {
        double[] p = new double[shares.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = shares[i] * 100;
        }
        return p;
    }
}
