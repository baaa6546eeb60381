package org.adoptsim.cli.sweep.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.text.Num;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * A metric's mean over two parameters: one cell per pair of values, coloured on a light sequential ramp
 * (so the value printed in each cell stays readable), with the colour scale beside it.
 */
public final class HeatmapChart {
    private HeatmapChart() {
    }

    /**
     * @param xs    the first parameter's values (columns), as labels
     * @param ys    the second parameter's values (rows)
     * @param value value[i][j] at xs[i], ys[j] (NaN: no runs)
     */
    public static HeatMapChart of(String title, String xLabel, String yLabel, List<String> xs, List<String> ys,
            double[][] value) {
        HeatMapChart chart = new HeatMapChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setRangeColors(ChartStyle.RAMP);
        chart.getStyler().setDrawBorder(true);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        chart.getStyler().setPlotContentSize(1.0);
        chart.getStyler().setValueFontColor(Color.BLACK);
        chart.getStyler().setHeatMapValueDecimalPattern("0.###");
        chart.getStyler().setHeatMapDecimalValueFormatter(v -> Num.label(v, 3));
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++) {
                double v = value[i][j];
                if (!Double.isNaN(v)) {
                    cells.add(new Number[] {i, j, v});
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min == max) {
            max = min + Math.max(1e-9, Math.abs(min) * 1e-3);
        }
        chart.getStyler().setMin(round(min, java.math.RoundingMode.FLOOR));
        chart.getStyler().setMax(round(max, java.math.RoundingMode.CEILING));
        chart.addSeries(title, xs, ys, cells);
        return chart;
    }

    /** {@code v} to three significant digits, rounded in the given direction (the scale's labels). */
    private static double round(double v, java.math.RoundingMode mode) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3, mode)).doubleValue();
    }
}
