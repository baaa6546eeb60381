package org.adoptsim.cli.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Turns XChart's text back into text on a vector Graphics2D: each filled shape that {@link OutlineText}
 * reads as a string is drawn with {@code drawString} in the same font, colour and place (turned for the
 * y-axis title), so SVG and PDF get selectable text; every other shape is filled as before. One per
 * Graphics2D, made lazily because the font render context is the target's. Not used for PNG.
 */
final class TextFill {
    private final Set<Font> fonts;
    private OutlineText reader;
    private boolean drawing;

    TextFill(Figure f) {
        fonts = new LinkedHashSet<>();
        for (Chart<?, ?> c : f.panels()) {
            fonts.addAll(OutlineText.fontsOf(c.getStyler()));
        }
    }

    /** Fills the shape on g, as text where it is text's outline; {@code fill} is the target's own fill. */
    void fill(Graphics2D g, Shape s, Consumer<Shape> fill) {
        if (drawing) {
            fill.accept(s); // the target outlining text it cannot write as text: let it
            return;
        }
        if (reader == null) {
            reader = new OutlineText(fonts, g.getFontRenderContext());
        }
        OutlineText.Found t = reader.read(s);
        if (t == null) {
            fill.accept(s);
            return;
        }
        Font savedFont = g.getFont();
        AffineTransform saved = g.getTransform();
        drawing = true;
        try {
            g.setFont(t.font());
            if (t.turned()) {
                g.rotate(-Math.PI / 2);
            }
            g.drawString(t.text(), (float) t.x(), (float) t.y());
        } finally {
            drawing = false;
            g.setTransform(saved);
            g.setFont(savedFont);
        }
    }
}
