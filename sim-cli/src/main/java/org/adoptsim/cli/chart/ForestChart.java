package org.adoptsim.cli.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.results.Direction;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.PairedRow;
import org.adoptsim.cli.text.Num;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One panel of the paired-difference forest plot: for one metric, each strategy's mean difference
 * from the baseline (diamond) with its 95 % interval (error bar; the t interval is symmetric), one
 * column per strategy, a line at zero (no difference), and the axis title saying which way is better.
 * A strategy whose difference is not defined (no replicate where both reached a milestone) is left out.
 * With more than {@link #ROTATE_ABOVE} strategies the names are tilted, so a panel of ten stays readable.
 */
final class ForestChart {
    private static final Color MARK = new Color(35, 70, 120);
    /** More strategies than this in a panel tilt their names so that ten or more stay readable side by side. */
    static final int ROTATE_ABOVE = 4;

    /** The marks of one panel in display units; {@code low}/{@code high} span every interval and zero. */
    private record Marks(List<String> names, List<Double> means, List<Double> halves, double low, double high) {
    }

    private ForestChart() {
    }

    /** @param rows this metric's paired rows, one per strategy other than the baseline, in run order */
    static CategoryChart of(Metric m, List<PairedRow> rows, int width, int height) {
        CategoryChart c = new CategoryChartBuilder().width(width).height(height).title(m.title()).xAxisTitle(" ")
                .yAxisTitle(axisTitle(m)).build();
        style(c, m);
        Marks marks = marks(m, rows);
        CategorySeries s = c.addSeries("difference", marks.names(), marks.means(), marks.halves());
        s.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.DIAMOND);
        s.setMarkerColor(MARK);
        s.setLineColor(MARK);
        s.setFillColor(MARK);
        if (marks.names().size() > ROTATE_ABOVE) {
            c.getStyler().setXAxisLabelRotation(45);
        }
        double pad = Math.max((marks.high() - marks.low()) * 0.08, 1e-9);
        c.getStyler().setYAxisMin(marks.low() - pad).setYAxisMax(marks.high() + pad);
        c.addAnnotation(new AnnotationLine(0, false, false));
        return c;
    }

    private static void style(CategoryChart c, Metric m) {
        ChartStyle.apply(c.getStyler(), 0.8);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setOverlapped(true);
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        c.getStyler().setErrorBarsColor(MARK);
        c.getStyler().setAnnotationLineColor(ChartStyle.TEXT);
        c.getStyler().setYAxisTickMarkSpacingHint(45);
        c.getStyler().setyAxisTickLabelsFormattingFunction(y -> Num.fixed(y, decimals(m)));
    }

    private static Marks marks(Metric m, List<PairedRow> rows) {
        List<String> names = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> halves = new ArrayList<>();
        double lo = 0;
        double hi = 0;
        for (PairedRow r : rows) {
            double mean = m.unit().scaled(r.difference().mean());
            if (!Double.isNaN(mean)) {
                double half = r.difference().hasInterval() ? m.unit().scaled(r.difference().high()) - mean : 0;
                names.add(r.strategy());
                means.add(mean);
                halves.add(half);
                lo = Math.min(lo, mean - half);
                hi = Math.max(hi, mean + half);
            }
        }
        if (names.isEmpty()) {
            return new Marks(List.of("(no pairs)"), List.of(0.0), List.of(0.0), lo, hi);
        }
        return new Marks(names, means, halves, lo, hi);
    }

    private static String axisTitle(Metric m) {
        String better = m.direction() == Direction.HIGHER_IS_BETTER ? "higher is better" : "lower is better";
        return m.unit().differenceAxis() + " (" + better + ")";
    }

    private static int decimals(Metric m) {
        return switch (m.unit()) {
            case INDEX -> 2;
            case RATE -> 1;
            default -> 0;
        };
    }
}
