package org.adoptsim.cli.sweep.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.cli.chart.Figure;
import org.adoptsim.cli.chart.FigureWriter;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes sweep charts the way the comparison charts are written ({@link FigureWriter}: PNG, SVG, or PDF
 * with vector text; atomically), each with a footer saying which sweep it comes from. Numbers are drawn
 * with the root locale's symbols whatever the machine's locale (XChart formats heatmap cells with the
 * default locale, so it is switched while a chart is painted: not for concurrent use).
 */
public final class ChartFiles {
    private ChartFiles() {
    }

    /** Saves {@code chart} as {@code dir/name.png|svg|pdf}; returns the file written. */
    public static Path save(Chart<?, ?> chart, Path dir, String name, ChartFormat f, String footer) {
        Path file = dir.resolve(name + "." + f.extension());
        Locale saved = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        try {
            FigureWriter.write(Figure.single(name, chart, footer, chart.getTitle()), f, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + file + ": " + e.getMessage(), e);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, saved);
        }
        return file;
    }

    /** A file-name-safe version of a label. */
    public static String slug(String text) {
        String s = text.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+", "-");
        return s.length() > 80 ? s.substring(0, 80) : s;
    }
}
