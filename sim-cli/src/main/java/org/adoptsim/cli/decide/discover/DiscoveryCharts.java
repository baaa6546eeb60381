package org.adoptsim.cli.decide.discover;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.cli.decide.prim.Box;
import org.adoptsim.cli.decide.prim.BoxStats;
import org.adoptsim.cli.decide.prim.PrimResult;
import org.adoptsim.cli.sweep.chart.ChartFiles;
import org.adoptsim.cli.sweep.chart.ChartStyle;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The two discovery charts: the peeling trajectory (density against coverage, one marker per box,
 * the selected and the final box marked) and the final box (one bar per input: the share of the input's
 * range the box keeps, in colour where it is restricted). Written like the sweep charts
 * ({@link ChartFiles}). Stateless.
 */
public final class DiscoveryCharts {
    private DiscoveryCharts() {
    }

    public static Path trajectory(PrimResult r, String condition, Path dir, ChartFormat f, String footer) {
        XYChart c = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Peeling trajectory: where \"" + condition + "\"").xAxisTitle("coverage (share of the cases of interest in the box)")
                .yAxisTitle("density (share of the box's cases of interest)").build();
        ChartStyle.apply(c.getStyler());
        List<BoxStats> t = r.peeling();
        double[] cov = t.stream().mapToDouble(BoxStats::coverage).toArray();
        double[] den = t.stream().mapToDouble(BoxStats::density).toArray();
        XYSeries path = c.addSeries("peeling", cov, den);
        path.setLineColor(ChartStyle.color(0));
        path.setMarkerColor(ChartStyle.color(0));
        path.setMarker(SeriesMarkers.CIRCLE);
        BoxStats sel = t.get(r.selected());
        XYSeries s = c.addSeries("selected (step " + sel.step() + ")", new double[] {sel.coverage()}, new double[] {sel.density()});
        s.setMarker(SeriesMarkers.DIAMOND);
        s.setMarkerColor(ChartStyle.color(1));
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        if (r.refined()) {
            XYSeries p = c.addSeries("after pasting (and trimming)", new double[] {r.box().coverage()}, new double[] {r.box().density()});
            p.setMarker(SeriesMarkers.SQUARE);
            p.setMarkerColor(ChartStyle.color(2));
            p.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        c.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        return ChartFiles.save(c, dir, "peeling-trajectory", f, footer);
    }

    /**
     * @param inputs the inputs' labels (the table columns), for the title
     * @param words  each input in words with its unit ({@code ParameterLabels}), beside its bar
     * @param min    the smallest value of each input over all cases
     * @param max    the largest
     */
    public static Path box(PrimResult r, List<String> inputs, List<String> words, double[] min, double[] max, Path dir,
            ChartFormat f, String footer) {
        Box b = r.box().box();
        XYChart c = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("The box: " + shorten(BoxWords.of(b, inputs)))
                .xAxisTitle("share of the input's swept range").yAxisTitle("").build();
        ChartStyle.apply(c.getStyler());
        c.getStyler().setLegendVisible(false);
        c.getStyler().setXAxisMin(-0.02).setXAxisMax(1.02).setYAxisMin(-0.7).setYAxisMax(inputs.size() - 0.3);
        c.getStyler().setYAxisTicksVisible(false);
        c.getStyler().setAnnotationTextFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 16));
        for (int j = 0; j < inputs.size(); j++) {
            double span = max[j] - min[j];
            double lo = b.lower(j) == Double.NEGATIVE_INFINITY || span == 0 ? 0 : (b.lower(j) - min[j]) / span;
            double hi = b.upper(j) == Double.POSITIVE_INFINITY || span == 0 ? 1 : (b.upper(j) - min[j]) / span;
            XYSeries full = c.addSeries(inputs.get(j) + " range", new double[] {0, 1}, new double[] {j, j});
            full.setLineColor(new Color(210, 210, 210));
            full.setLineStyle(new BasicStroke(14f));
            full.setMarker(SeriesMarkers.NONE);
            XYSeries kept = c.addSeries(inputs.get(j) + " box", new double[] {Math.max(0, lo), Math.min(1, hi)},
                    new double[] {j, j});
            kept.setLineColor(b.restricted(j) ? ChartStyle.color(1) : new Color(150, 150, 150));
            kept.setLineStyle(new BasicStroke(14f));
            kept.setMarker(SeriesMarkers.NONE);
            String range = b.restricted(j) ? BoxWords.of(new Box(new double[] {b.lower(j)}, new double[] {b.upper(j)}),
                    List.of(words.get(j))) : words.get(j) + " (not restricted; swept " + BoxWords.num(min[j]) + " to "
                    + BoxWords.num(max[j]) + ")";
            c.addAnnotation(new AnnotationText(range, 0.5, j + 0.28, false));
        }
        return ChartFiles.save(c, dir, "box", f, footer);
    }

    private static String shorten(String s) {
        return s.length() <= 110 ? s : s.substring(0, 107) + "...";
    }
}
