package org.adoptsim.cli.sweep.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The classic Morris plane: μ* (overall influence) against σ (nonlinearity and interactions), one
 * labelled dot per parameter, with the line σ = μ* and the replicate-noise level of an effect as a
 * dashed vertical line (effects left of it cannot be told from noise).
 */
public final class MorrisChart {
    private MorrisChart() {
    }

    /** One parameter's position. */
    public record Dot(String label, double muStar, double sigma) {
    }

    public static XYChart of(String title, String unit, List<Dot> dots, double noiseSd) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle("μ* (mean |elementary effect|, " + unit + ")").yAxisTitle("σ (sd of elementary effects)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        double max = 1e-12;
        double[] x = new double[dots.size()];
        double[] y = new double[dots.size()];
        for (int i = 0; i < dots.size(); i++) {
            x[i] = dots.get(i).muStar();
            y[i] = Double.isNaN(dots.get(i).sigma()) ? 0 : dots.get(i).sigma();
            max = Math.max(max, Math.max(x[i], y[i]));
        }
        double top = max * 1.15;
        XYSeries diagonal = chart.addSeries("σ = μ*", new double[] {0, top}, new double[] {0, top});
        diagonal.setLineColor(new Color(180, 180, 180));
        diagonal.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6, 4}, 0));
        diagonal.setMarker(SeriesMarkers.NONE);
        if (noiseSd > 0 && noiseSd < top) {
            XYSeries noise = chart.addSeries("noise", new double[] {noiseSd, noiseSd}, new double[] {0, top});
            noise.setLineColor(ChartStyle.color(3));
            noise.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4, 4}, 0));
            noise.setMarker(SeriesMarkers.NONE);
        }
        XYSeries points = chart.addSeries("parameters", x, y);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(ChartStyle.color(0));
        for (int i = 0; i < dots.size(); i++) {
            chart.addAnnotation(new AnnotationText("  " + dots.get(i).label(), x[i] + top * 0.015, y[i] + top * 0.02, false));
        }
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(top);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(top);
        return chart;
    }
}
