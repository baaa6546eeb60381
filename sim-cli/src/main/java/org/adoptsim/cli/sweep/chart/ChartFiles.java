package org.adoptsim.cli.sweep.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes charts as PNG (bitmap), SVG or PDF (vector); the file name gets the format's extension. Numbers
 * are drawn with the root locale's symbols whatever the machine's locale (XChart formats some with the
 * default locale, so it is switched for the duration of the encoding: not for concurrent use).
 */
public final class ChartFiles {
    private ChartFiles() {
    }

    /** The formats a chart can be written in. */
    public enum Format { PNG, SVG, PDF }

    public static Format format(String text) {
        try {
            return Format.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.adoptsim.cli.sweep.SweepInputException("--charts: must be png, svg, pdf or none, was '" + text + "'");
        }
    }

    /** Saves {@code chart} as {@code base.png|svg|pdf}; returns the file written. */
    public static Path save(Chart<?, ?> chart, Path base, Format f) {
        String name = base.toString();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        try {
            switch (f) {
                case PNG -> BitmapEncoder.saveBitmap(chart, name, BitmapEncoder.BitmapFormat.PNG);
                case SVG -> VectorGraphicsEncoder.saveVectorGraphic(chart, name, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                case PDF -> VectorGraphicsEncoder.saveVectorGraphic(chart, name, VectorGraphicsEncoder.VectorGraphicsFormat.PDF);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + name + ": " + e.getMessage(), e);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
        return Path.of(name + "." + f.name().toLowerCase(Locale.ROOT));
    }

    /** A file-name-safe version of a label. */
    public static String slug(String text) {
        String s = text.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+", "-");
        return s.length() > 80 ? s.substring(0, 80) : s;
    }
}
