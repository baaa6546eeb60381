package org.adoptsim.cli.chart;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads back the text of a glyph outline. XChart draws its axis titles, tick labels and legend as the
 * outline of a {@code TextLayout} filled as a shape, so a vector Graphics2D never sees them as text and
 * cannot write them as text. This recognises such a shape glyph by glyph against the outlines of the
 * fonts the charts use (same font render context, so the same outlines), horizontal or turned a quarter
 * anticlockwise (the y-axis title), and gives the string and where its baseline starts, so the vector
 * writers can draw real text there instead. A shape that is not exactly a run of known glyphs is not text.
 */
final class OutlineText {
    /** Where a recognised string starts, in the shape's coordinates, and whether it reads bottom to top. */
    record Found(String text, Font font, double x, double y, boolean turned) {
    }

    private record Glyph(char ch, int[] types, double[] coords, double advance) {
    }

    private static final double TOLERANCE = 0.02;
    private static final int MAX_SEGMENTS = 200_000;

    private final Map<Font, List<Glyph>> glyphs = new HashMap<>();
    private final Map<Font, Double> spaces = new HashMap<>();

    OutlineText(Set<Font> fonts, FontRenderContext frc) {
        String alphabet = alphabet();
        for (Font f : fonts) {
            List<Glyph> list = new ArrayList<>();
            for (char ch : alphabet.toCharArray()) {
                if (!f.canDisplay(ch)) {
                    continue;
                }
                GlyphVector gv = f.createGlyphVector(frc, String.valueOf(ch));
                Segments s = Segments.of(gv.getGlyphOutline(0), null);
                if (s.types.length > 0) {
                    list.add(new Glyph(ch, s.types, s.coords, gv.getGlyphMetrics(0).getAdvanceX()));
                }
            }
            glyphs.put(f, list);
            spaces.put(f, (double) f.createGlyphVector(frc, " ").getGlyphMetrics(0).getAdvanceX());
        }
    }

    private static String alphabet() {
        StringBuilder b = new StringBuilder();
        for (char c = 33; c < 127; c++) {
            b.append(c);
        }
        for (char c = 161; c < 256; c++) {
            b.append(c);
        }
        return b.append("\u2013\u2014\u2212\u2026\u2264\u2265\u00d7\u2018\u2019\u201c\u201d").toString();
    }

    /** The fonts of a chart's text: whatever of the styler's fonts its parts use. */
    static Set<Font> fontsOf(org.knowm.xchart.style.Styler s) {
        Set<Font> out = new LinkedHashSet<>();
        out.add(s.getBaseFont());
        out.add(s.getChartTitleFont());
        out.add(s.getLegendFont());
        out.add(s.getAnnotationTextFont());
        if (s instanceof org.knowm.xchart.style.AxesChartStyler a) {
            out.add(a.getAxisTitleFont());
            out.add(a.getAxisTickLabelsFont());
        }
        out.remove(null);
        return out;
    }

    /** The text this shape is the outline of, or null. */
    Found read(Shape shape) {
        Segments s = Segments.of(shape, null);
        if (s.types.length == 0 || s.types.length > MAX_SEGMENTS) {
            return null;
        }
        Found f = decode(s, false);
        if (f == null) {
            f = decode(Segments.of(shape, AffineTransform.getQuadrantRotateInstance(1)), true);
        }
        return f;
    }

    private Found decode(Segments target, boolean turned) {
        for (Map.Entry<Font, List<Glyph>> e : glyphs.entrySet()) {
            String text = decode(target, e.getValue(), spaces.get(e.getKey()), out -> { });
            if (text != null) {
                double[] origin = new double[2];
                decode(target, e.getValue(), spaces.get(e.getKey()), o -> {
                    origin[0] = o[0];
                    origin[1] = o[1];
                });
                return new Found(text, e.getKey(), origin[0], origin[1], turned);
            }
        }
        return null;
    }

    private static String decode(Segments t, List<Glyph> font, double space,
            java.util.function.Consumer<double[]> origin) {
        StringBuilder text = new StringBuilder();
        int seg = 0;
        int coord = 0;
        double pen = Double.NaN;
        double baseline = Double.NaN;
        while (seg < t.types.length) {
            Glyph best = null;
            double bestDx = 0;
            for (Glyph g : font) {
                double[] d = matches(t, seg, coord, g, baseline);
                if (d != null && (best == null || Double.isNaN(pen)
                        || Math.abs(d[0] - pen) < Math.abs(bestDx - pen))) {
                    best = g;
                    bestDx = d[0];
                    if (Double.isNaN(baseline)) {
                        baseline = d[1];
                    }
                }
            }
            if (best == null) {
                return null;
            }
            if (Double.isNaN(pen)) {
                origin.accept(new double[] {bestDx, baseline});
            } else {
                long gaps = Math.round((bestDx - pen) / space);
                for (long k = 0; k < gaps; k++) {
                    text.append(' ');
                }
            }
            text.append(best.ch());
            pen = bestDx + best.advance();
            seg += best.types().length;
            coord += best.coords().length;
        }
        return text.toString();
    }

    /** The glyph's offset (dx, dy) if its outline, shifted, is the target's from this segment on. */
    private static double[] matches(Segments t, int seg, int coord, Glyph g, double baseline) {
        if (seg + g.types().length > t.types.length || coord + g.coords().length > t.coords.length) {
            return null;
        }
        for (int i = 0; i < g.types().length; i++) {
            if (t.types[seg + i] != g.types()[i]) {
                return null;
            }
        }
        double dx = t.coords[coord] - g.coords()[0];
        double dy = t.coords[coord + 1] - g.coords()[1];
        if (!Double.isNaN(baseline) && Math.abs(dy - baseline) > TOLERANCE) {
            return null;
        }
        for (int i = 0; i < g.coords().length; i += 2) {
            if (Math.abs(t.coords[coord + i] - g.coords()[i] - dx) > TOLERANCE
                    || Math.abs(t.coords[coord + i + 1] - g.coords()[i + 1] - dy) > TOLERANCE) {
                return null;
            }
        }
        return new double[] {dx, dy};
    }

    /** A path as its segment types and their coordinates, flattened into arrays. */
    private record Segments(int[] types, double[] coords) {
        static Segments of(Shape shape, AffineTransform at) {
            List<Integer> types = new ArrayList<>();
            double[] coords = new double[64];
            int n = 0;
            double[] buf = new double[6];
            for (PathIterator it = shape.getPathIterator(at); !it.isDone(); it.next()) {
                int type = it.currentSegment(buf);
                int k = switch (type) {
                    case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                    case PathIterator.SEG_QUADTO -> 4;
                    case PathIterator.SEG_CUBICTO -> 6;
                    default -> 0;
                };
                types.add(type);
                if (n + k > coords.length) {
                    coords = java.util.Arrays.copyOf(coords, coords.length * 2 + k);
                }
                System.arraycopy(buf, 0, coords, n, k);
                n += k;
            }
            return new Segments(types.stream().mapToInt(Integer::intValue).toArray(),
                    java.util.Arrays.copyOf(coords, n));
        }
    }
}
