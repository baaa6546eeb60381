package org.adoptsim.cli.chart;

import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart file: one or more XChart panels laid out in a grid under an optional overall title, with
 * a footer line (scenario, seed, replicates) along the bottom. Sizes are in pixels (points in the
 * vector formats).
 *
 * @param name    file name without extension
 * @param title   overall title drawn above the panels, or null for a single chart with its own
 * @param panels  the charts, filled row by row
 * @param columns panels per row
 * @param footer  the footer line
 * @param caption one or two sentences saying how to read it, for the report
 */
public record Figure(String name, String title, List<Chart<?, ?>> panels, int columns, int width, int height,
        String footer, String caption) {

    /** Footer band height in pixels. */
    static final int FOOTER = 30;
    /** Overall title band height in pixels, when there is a title. */
    static final int TITLE = 48;

    public Figure {
        panels = List.copyOf(panels);
        if (panels.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("a figure needs at least one panel and one column");
        }
    }

    public static Figure single(String name, Chart<?, ?> chart, String footer, String caption) {
        return new Figure(name, null, List.of(chart), 1, chart.getWidth(), chart.getHeight() + FOOTER, footer,
                caption);
    }

    /**
     * One chart under a figure-level title: the title is drawn as text by the figure (so it stays real,
     * selectable text in SVG and PDF, where XChart draws its own text as outlines) and the chart's own title
     * is hidden.
     */
    public static Figure titled(String name, Chart<?, ?> chart, String footer, String caption) {
        String title = chart.getTitle();
        chart.getStyler().setChartTitleVisible(false);
        return new Figure(name, title, List.of(chart), 1, chart.getWidth(), chart.getHeight() + TITLE + FOOTER,
                footer, caption);
    }

    /** The heading of the figure: its overall title or its chart's. */
    public String heading() {
        return title != null ? title : panels.get(0).getTitle();
    }

    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    int top() {
        return title == null ? 0 : TITLE;
    }

    int panelWidth() {
        return width / columns;
    }

    int panelHeight() {
        return (height - top() - FOOTER) / rows();
    }
}
