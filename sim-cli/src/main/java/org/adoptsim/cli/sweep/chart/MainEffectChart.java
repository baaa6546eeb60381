package org.adoptsim.cli.sweep.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The main effect of one parameter in a sampled design (Latin hypercube, Sobol, Morris): every point's
 * mean as a faint dot, and per strategy the mean over bins of the parameter with its 95 % band.
 */
public final class MainEffectChart {
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
            Color color = ChartStyle.color(i);
            XYSeries dots = chart.addSeries(c.name() + " (points)", c.x(), c.y());
            dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            dots.setMarker(SeriesMarkers.CIRCLE);
            dots.setMarkerColor(ChartStyle.translucent(color, 45));
            dots.setShowInLegend(false);
        }
        for (int i = 0; i < clouds.size(); i++) {
            CurveChart.Curve b = clouds.get(i).binned();
            Color color = ChartStyle.color(i);
            Bands.add(chart, b, color, i);
            XYSeries line = chart.addSeries(clouds.get(i).name(), b.x(), b.mean());
            line.setLineColor(color);
            line.setMarkerColor(color);
            line.setMarker(SeriesMarkers.DIAMOND);
            line.setLineStyle(new BasicStroke(2.5f));
        }
        return chart;
    }
}
