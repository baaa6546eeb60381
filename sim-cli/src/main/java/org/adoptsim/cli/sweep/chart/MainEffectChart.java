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
 * The main effect of one parameter in a sampled design (Latin hypercube, Sobol, Morris): the points'
 * means as faint dots (at most {@value #MAX_DOTS} per strategy, every k-th point beyond that, so that
 * large sweeps stay readable and vector files small), and per strategy the mean over bins of the
 * parameter (computed from every point) with its 95 % band.
 */
public final class MainEffectChart {
    static final int MAX_DOTS = 1500;

    private MainEffectChart() {
    }

    /** One strategy's points and binned curve. */
    public record Cloud(String name, double[] x, double[] y, CurveChart.Curve binned) {
    }

    public static XYChart of(String title, String xLabel, String yLabel, List<Cloud> clouds) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setMarkerSize(4);
        for (int i = 0; i < clouds.size(); i++) {
            Cloud c = clouds.get(i);
            Color color = ChartStyle.color(c.name());
            int step = Math.max(1, (c.x().length + MAX_DOTS - 1) / MAX_DOTS);
            XYSeries dots = chart.addSeries(c.name() + " (points)", every(c.x(), step), every(c.y(), step));
            dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            dots.setMarker(SeriesMarkers.CIRCLE);
            dots.setMarkerColor(ChartStyle.translucent(color, 40));
            dots.setShowInLegend(false);
        }
        for (int i = 0; i < clouds.size(); i++) {
            CurveChart.Curve b = clouds.get(i).binned();
            Color color = ChartStyle.color(clouds.get(i).name());
            Bands.add(chart, b, color, i);
            XYSeries line = chart.addSeries(clouds.get(i).name(), b.x(), b.mean());
            line.setLineColor(color);
            line.setMarkerColor(color);
            line.setMarker(SeriesMarkers.DIAMOND);
            line.setLineStyle(Palette.stroke(clouds.get(i).name(), 3f));
        }
        return chart;
    }

    private static double[] every(double[] v, int step) {
        double[] out = new double[(v.length + step - 1) / step];
        for (int i = 0; i < out.length; i++) {
            out[i] = v[i * step];
        }
        return out;
    }
}
