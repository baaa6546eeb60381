package org.adoptsim.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import org.knowm.xchart.internal.chartpart.Chart;

/** Paints a {@link Figure} on any Graphics2D: bitmap, SVG or PDF. Stateless. */
final class FigurePainter {
    private FigurePainter() {
    }

    static void paint(Graphics2D g, Figure f) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, f.width(), f.height());
        if (f.title() != null) {
            g.setColor(ChartStyle.TEXT);
            g.setFont(ChartStyle.font(Font.BOLD, 24));
            int w = g.getFontMetrics().stringWidth(f.title());
            g.drawString(f.title(), (f.width() - w) / 2, 34);
        }
        int pw = f.panelWidth();
        int ph = f.panelHeight();
        for (int i = 0; i < f.panels().size(); i++) {
            Chart<?, ?> c = f.panels().get(i);
            AffineTransform saved = g.getTransform();
            g.translate((i % f.columns()) * pw, f.top() + (i / f.columns()) * ph);
            g.setClip(0, 0, pw, ph);
            c.paint(g, pw, ph);
            g.setClip(null);
            g.setTransform(saved);
        }
        footer(g, f);
    }

    private static void footer(Graphics2D g, Figure f) {
        g.setStroke(new BasicStroke(1f));
        g.setColor(new Color(225, 225, 225));
        g.drawLine(14, f.height() - Figure.FOOTER, f.width() - 14, f.height() - Figure.FOOTER);
        g.setColor(new Color(110, 110, 110));
        g.setFont(ChartStyle.font(Font.PLAIN, 13));
        g.drawString(f.footer(), 14, f.height() - 10);
    }
}
