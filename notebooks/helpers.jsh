// Helpers shared by the adoptsim notebooks, loaded by each with `%load helpers.jsh` (the kernel
// runs in notebooks/). They only present results: charts become PNG cell outputs (so they show on
// a code host), Tablesaw tables become HTML, and a few plain statistics over double[]. Nothing
// here changes what the simulator computes.

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import org.adoptsim.core.config.*;
import org.adoptsim.core.result.*;
import org.adoptsim.core.run.*;
import org.knowm.xchart.*;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.*;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.*;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
// The kernel's display(...) functions: a script run with %load loses the kernel's own static import.
import static org.rapaio.jupyter.kernel.global.Global.*;

/**
 * Okabe–Ito colours: distinguishable with the common kinds of colour blindness. The first five are the
 * presets' colours in Presets.all() order, as the command line's charts give them by name
 * (org.adoptsim.cli.chart.Palette): announce-and-hope blue, earned vermillion, mandate-early green,
 * earn-then-mandate pink, pure-mandate orange.
 */
Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

Color translucent(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
}

/** The house style: white, light grid, readable fonts at the modest sizes the notebooks use. */
<S extends Styler> void style(S s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setChartFontColor(new Color(0x222222));
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    s.setLegendBorderColor(new Color(0xDDDDDD));
    s.setPlotBorderVisible(false);
    s.setChartPadding(8);
    s.setSeriesColors(PALETTE);
    s.setAntiAlias(true);
    if (s instanceof AxesChartStyler a) {
        a.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        a.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        a.setPlotBackgroundColor(Color.WHITE);
        a.setPlotGridLinesColor(new Color(0xE4E4E4));
        a.setAxisTickMarksColor(new Color(0x999999));
        a.setAxisTitlePadding(4);
    }
}

XYChart lineChart(String title, String xTitle, String yTitle, int width, int height) {
    XYChart c = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
            .yAxisTitle(yTitle).build();
    style(c.getStyler());
    c.getStyler().setMarkerSize(0);
    c.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    return c;
}

CategoryChart barChart(String title, String xTitle, String yTitle, int width, int height) {
    CategoryChart c = new CategoryChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
            .yAxisTitle(yTitle).build();
    style(c.getStyler());
    return c;
}

/** A line series in a given colour; dashed when asked. */
XYSeries line(XYChart c, String name, double[] x, double[] y, Color color, boolean dashed) {
    XYSeries s = c.addSeries(name, x, y);
    s.setLineColor(color);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineStyle(dashed ? SeriesLines.DASH_DASH : SeriesLines.SOLID);
    s.setLineWidth(dashed ? 1.6f : 2f);
    return s;
}

/** A shaded band between lo and hi (a closed polygon), without a legend entry. */
void band(XYChart c, String name, double[] x, double[] lo, double[] hi, Color color) {
    int n = x.length;
    double[] px = new double[2 * n];
    double[] py = new double[2 * n];
    for (int i = 0; i < n; i++) {
        px[i] = x[i];
        py[i] = hi[i];
        px[2 * n - 1 - i] = x[i];
        py[2 * n - 1 - i] = lo[i];
    }
    XYSeries s = c.addSeries(name, px, py);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    s.setFillColor(translucent(color, 45));
    s.setLineColor(translucent(color, 0));
    s.setMarker(SeriesMarkers.NONE);
    s.setShowInLegend(false);
}

BufferedImage image(Chart<?, ?> c) {
    return BitmapEncoder.getBufferedImage(c);
}

/** Shows a chart as a PNG output of the cell. */
void show(Chart<?, ?> c) {
    display(image(c));
}

/** Shows charts side by side, {@code columns} to a row, as one PNG. */
void showGrid(int columns, Chart<?, ?>... charts) {
    BufferedImage[] images = Arrays.stream(charts).map(ch -> image(ch)).toArray(BufferedImage[]::new);
    int w = Arrays.stream(images).mapToInt(BufferedImage::getWidth).max().orElse(1);
    int h = Arrays.stream(images).mapToInt(BufferedImage::getHeight).max().orElse(1);
    int rows = (images.length + columns - 1) / columns;
    BufferedImage out = new BufferedImage(w * Math.min(columns, images.length), h * rows, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    for (int i = 0; i < images.length; i++) {
        g.drawImage(images[i], (i % columns) * w, (i / columns) * h, null);
    }
    g.dispose();
    display(out);
}

void md(String markdown) {
    display("text/markdown", markdown);
}

String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
}

/** Shows a Tablesaw table as HTML; cells use each column's print formatter. */
void showTable(Table t) {
    StringBuilder h = new StringBuilder("<table>\n<thead><tr>");
    for (String name : t.columnNames()) {
        h.append("<th>").append(escape(name)).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < t.rowCount(); r++) {
        h.append("<tr>");
        for (int c = 0; c < t.columnCount(); c++) {
            boolean numeric = t.column(c) instanceof NumericColumn;
            h.append(numeric ? "<td style=\"text-align:right\">" : "<td>")
                    .append(escape(t.column(c).getString(r))).append("</td>");
        }
        h.append("</tr>\n");
    }
    display("text/html", h.append("</tbody>\n</table>").toString());
}

/** Prints the named double columns with a fixed number of decimals. */
void decimals(Table t, int places, String... columns) {
    for (String name : columns) {
        t.doubleColumn(name).setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(places));
    }
}

double mean(double[] x) {
    return Arrays.stream(x).average().orElse(Double.NaN);
}

double sd(double[] x) {
    double m = mean(x);
    return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
}

/** Half-width of the normal-approximation 95 % confidence interval of the mean. */
double ci95(double[] x) {
    return 1.959964 * sd(x) / Math.sqrt(x.length);
}

/** Empirical quantile (linear interpolation between order statistics), q in [0, 1]. */
double quantile(double[] x, double q) {
    double[] s = x.clone();
    Arrays.sort(s);
    double pos = q * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(s.length - 1, lo + 1);
    return s[lo] + (pos - lo) * (s[hi] - s[lo]);
}

/** Column j of a runs × weeks matrix. */
double[] column(double[][] m, int j) {
    double[] out = new double[m.length];
    for (int i = 0; i < m.length; i++) {
        out[i] = m[i][j];
    }
    return out;
}

/** Applies f to every column of a runs × weeks matrix: the weekly mean, a weekly quantile, … */
double[] perWeek(double[][] m, ToDoubleFunction<double[]> f) {
    return IntStream.range(0, m[0].length).mapToDouble(j -> f.applyAsDouble(column(m, j))).toArray();
}

double[] weeks(int n) {
    return IntStream.rangeClosed(1, n).asDoubleStream().toArray();
}

String pm(double mean, double halfWidth, int places) {
    return String.format(Locale.ROOT, "%." + places + "f ± %." + places + "f", mean, halfWidth);
}
