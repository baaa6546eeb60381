package org.adoptsim.cli.sweep.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look of the sweep charts: white background, light grid, a colour-blind-safe palette (Okabe–Ito),
 * sans-serif fonts, 1000×600 pixels. (A sweep-local style: the comparison charts' style class was not on
 * main when this was written; the two use the same palette and sizes.)
 */
public final class ChartStyle {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 600;

    /** Okabe–Ito: blue, orange, green, vermillion, purple, sky blue, yellow, black. */
    public static final Color[] PALETTE = {new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115),
        new Color(213, 94, 0), new Color(204, 121, 167), new Color(86, 180, 233), new Color(240, 228, 66),
        new Color(0, 0, 0)};

    /** A light sequential ramp for heatmaps (ColorBrewer YlGnBu without its darkest stops): black text reads on all. */
    public static final Color[] RAMP = {new Color(255, 255, 204), new Color(199, 233, 180), new Color(127, 205, 187),
        new Color(65, 182, 196), new Color(29, 145, 192)};

    private ChartStyle() {
    }

    public static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** The colour with the given opacity (0–255). */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    public static void apply(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setChartPadding(16);
        s.setAxisTickMarksColor(new Color(120, 120, 120));
        s.setAxisTickLabelsColor(new Color(60, 60, 60));
        s.setSeriesColors(PALETTE);
        s.setMarkerSize(7);
        s.setAntiAlias(true);
        s.setLocale(java.util.Locale.ROOT);
        s.setYAxisDecimalPattern("#,##0.###");
        s.setXAxisDecimalPattern("#,##0.###");
    }
}
