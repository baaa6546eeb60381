package org.adoptsim.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The house look of every chart: sans-serif fonts sized for a slide, a white plot with light grid
 * lines, the legend outside on the right, no chart buttons or tooltips, and number formatting fixed to
 * the root locale. {@code scale} shrinks fonts for small panels.
 */
public final class ChartStyle {
    static final String FONT = Font.SANS_SERIF;
    static final Color TEXT = new Color(40, 40, 40);
    static final Color GRID = new Color(225, 225, 225);

    private ChartStyle() {
    }

    public static void apply(AxesChartStyler s, double scale) {
        s.setBaseFont(font(Font.PLAIN, 14 * scale));
        s.setChartTitleFont(font(Font.BOLD, 22 * scale));
        s.setAxisTitleFont(font(Font.PLAIN, 16 * scale));
        s.setAxisTickLabelsFont(font(Font.PLAIN, 14 * scale));
        s.setLegendFont(font(Font.PLAIN, 14 * scale));
        s.setAnnotationTextFont(font(Font.PLAIN, 13 * scale));
        s.setChartFontColor(TEXT);
        s.setAxisTickLabelsColor(TEXT);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartTitleBoxVisible(false);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setChartPadding((int) Math.round(14 * scale));
        s.setPlotMargin(0);
        s.setPlotContentSize(1.0);
        s.setAxisTickMarkLength(4);
        s.setToolTipsEnabled(false);
        s.setLocale(Locale.ROOT);
        s.setAntiAlias(true);
        s.setMarkerSize((int) Math.round(9 * scale));
    }

    static Font font(int style, double size) {
        return new Font(FONT, style, (int) Math.round(size));
    }
}
