package org.adoptsim.cli.sweep.chart;

import java.awt.Color;
import org.adoptsim.cli.chart.Palette;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * The sweep charts' look: the house style of the comparison charts ({@link org.adoptsim.cli.chart.ChartStyle},
 * {@link Palette}: fonts, white plot, light grid, root-locale numbers, Okabe–Ito strategy colours, the
 * same size), plus what only sweeps need: a light sequential ramp for heatmaps, grouped number
 * patterns on the axes, and a margin inside the plot so that points and bars at the ends of a
 * parameter's range are not cut.
 */
public final class ChartStyle {
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 690;

    /** A light sequential ramp for heatmaps (ColorBrewer YlGnBu without its darkest stops): black text reads on all. */
    public static final Color[] RAMP = {new Color(255, 255, 204), new Color(199, 233, 180), new Color(127, 205, 187),
        new Color(65, 182, 196), new Color(29, 145, 192)};

    private ChartStyle() {
    }

    /** The colour of series {@code i} that is not a strategy: the palette of the comparison charts. */
    public static Color color(int i) {
        return Palette.series(i);
    }

    /** The colour of a strategy: the same as on every other chart ({@link Palette#strategy}). */
    public static Color color(String strategy) {
        return Palette.strategy(strategy);
    }

    /** The colour with the given opacity (0–255). */
    public static Color translucent(Color c, int alpha) {
        return Palette.translucent(c, alpha);
    }

    public static void apply(AxesChartStyler s) {
        org.adoptsim.cli.chart.ChartStyle.apply(s, 1.0);
        Color[] series = new Color[8];
        for (int i = 0; i < series.length; i++) {
            series[i] = color(i);
        }
        s.setSeriesColors(series);
        s.setYAxisDecimalPattern("#,##0.###");
        s.setXAxisDecimalPattern("#,##0.###");
        s.setPlotContentSize(0.93);
    }
}
