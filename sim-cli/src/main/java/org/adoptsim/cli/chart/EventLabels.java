package org.adoptsim.cli.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * The labels of a chart's event marks ({@link EventMarks}), drawn inside the plot: each just right of
 * its line at the top (left of it where it would run past the plot's right edge, but inside the left
 * edge), in the line's colour on a white backing that lets the curves show through. Labels that would overlap go one row lower, so
 * every label stays readable however close the events fall. Drawn as text, so SVG and PDF keep it
 * selectable. XChart's own text annotation has one colour per chart, hence this one.
 */
final class EventLabels extends Annotation {
    /** One mark's label: the x of its line (data units), its text and colour. */
    record Label(double x, String text, Color color) {
    }

    private static final int GAP = 4;
    private static final Color BACKING = new Color(255, 255, 255, 170);
    private final List<Label> labels;

    EventLabels(List<Label> labels) {
        super(false);
        this.labels = labels.stream().sorted(Comparator.comparingDouble(Label::x)).toList();
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible) {
            return;
        }
        g.setFont(styler.getAnnotationTextFont());
        FontMetrics fm = g.getFontMetrics();
        int rowHeight = fm.getHeight() + 2;
        int leftEdge = getXAxisScreenValueForMin();
        int right = getXAxisScreenValueForMax();
        int top = Math.min(getYAxisScreenValueForMin(), getYAxisScreenValueForMax()); // screen y grows downwards
        List<List<int[]>> rows = new ArrayList<>();
        for (Label l : labels) {
            int line = getXAxisScreenValue(l.x());
            int width = fm.stringWidth(l.text());
            // right of the line; left of it where it would run past the plot, but never past its left edge
            int left = line + GAP + width <= right ? line + GAP : Math.max(leftEdge + 2, line - GAP - width);
            int row = freeRow(rows, left - GAP, left + width + GAP);
            int baseline = top + GAP + fm.getAscent() + row * rowHeight;
            g.setColor(BACKING);
            g.fillRect(left - 2, baseline - fm.getAscent() - 1, width + 4, fm.getHeight() + 2);
            g.setColor(l.color());
            g.drawString(l.text(), left, baseline);
        }
    }

    /** The first row where [from, to] overlaps no label yet (a new row if none), which then holds it. */
    static int freeRow(List<List<int[]>> rows, int from, int to) {
        for (int r = 0; r < rows.size(); r++) {
            boolean free = true;
            for (int[] span : rows.get(r)) {
                free &= to < span[0] || from > span[1];
            }
            if (free) {
                rows.get(r).add(new int[] {from, to});
                return r;
            }
        }
        rows.add(new ArrayList<>(List.<int[]>of(new int[] {from, to})));
        return rows.size() - 1;
    }
}
