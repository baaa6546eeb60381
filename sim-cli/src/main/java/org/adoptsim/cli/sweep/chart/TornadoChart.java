package org.adoptsim.cli.sweep.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Sensitivity indices as horizontal bars, largest at the top: for each parameter a thick bar for the
 * main measure (Sobol total index, Morris μ*) and a thinner one for the second (first-order index, σ),
 * each with its 95 % interval as a whisker. Bars are drawn as wide line segments on an XY chart, with
 * the parameter names as the y-axis labels.
 */
public final class TornadoChart {
    private static final float MAIN_WIDTH = 16f;
    private static final float SECOND_WIDTH = 8f;
    private static final double OFFSET = 0.14;

    private TornadoChart() {
    }

    /** One parameter's two measures with intervals (NaN: none). */
    public record Bar(String label, double main, double mainLo, double mainHi, double second, double secondLo,
            double secondHi) {
    }

    public static XYChart of(String title, String xLabel, String mainName, String secondName, List<Bar> bars) {
        List<Bar> sorted = new ArrayList<>(bars);
        sorted.sort(Comparator.comparingDouble((Bar b) -> Double.isNaN(b.main()) ? Double.NEGATIVE_INFINITY : b.main()));
        int n = sorted.size();
        int height = Math.max(ChartStyle.HEIGHT, 140 + 48 * n);
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(height).title(title).xAxisTitle(xLabel)
                .yAxisTitle("").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setYAxisMin(-1.0);
        chart.getStyler().setYAxisMax((double) n);
        chart.getStyler().setYAxisTickMarkSpacingHint(Math.max(12, (int) (0.8 * (height - 170) / (n + 1))));
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        chart.setCustomYAxisTickLabelsFormatter(y -> label(sorted, y));
        double lo = 0;
        for (int i = 0; i < n; i++) {
            Bar b = sorted.get(i);
            lo = Math.min(lo, Math.min(min(b.main(), b.mainLo()), min(b.second(), b.secondLo())));
            bar(chart, mainName, i == 0, i + OFFSET, b.main(), ChartStyle.color(0), MAIN_WIDTH);
            bar(chart, secondName, i == 0, i - OFFSET, b.second(), ChartStyle.color(1), SECOND_WIDTH);
            whisker(chart, "ci-main-" + i, i + OFFSET, b.mainLo(), b.mainHi());
            whisker(chart, "ci-second-" + i, i - OFFSET, b.secondLo(), b.secondHi());
        }
        chart.getStyler().setXAxisMin(Math.min(0, lo));
        return chart;
    }

    private static void bar(XYChart chart, String name, boolean legend, double y, double value, Color color, float width) {
        if (Double.isNaN(value)) {
            return;
        }
        XYSeries s = chart.addSeries(legend ? name : name + " " + y, new double[] {0, value}, new double[] {y, y});
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(legend);
    }

    private static void whisker(XYChart chart, String name, double y, double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return;
        }
        XYSeries s = chart.addSeries(name, new double[] {lo, hi}, new double[] {y, y});
        s.setLineColor(new Color(40, 40, 40));
        s.setLineStyle(new BasicStroke(1.5f));
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(false);
    }

    /**
     * The parameter's name at its integer position, blank elsewhere. XChart needs every tick label it
     * tries to differ (it widens the tick spacing until they do, and tries positions beyond the axis), so
     * each blank is a different run of spaces; the axis runs between integers and the spacing hint gives
     * one tick per parameter.
     */
    private static String label(List<Bar> sorted, double y) {
        long i = Math.round(y);
        if (Math.abs(y - i) < 1e-6 && i >= 0 && i < sorted.size()) {
            return sorted.get((int) i).label();
        }
        return (y < 0 ? "\u00A0" : " ").repeat(1 + (int) Math.min(64, Math.abs(Math.round(2 * y))));
    }

    private static double min(double a, double b) {
        double m = Double.isNaN(a) ? 0 : a;
        return Double.isNaN(b) ? m : Math.min(m, b);
    }
}
