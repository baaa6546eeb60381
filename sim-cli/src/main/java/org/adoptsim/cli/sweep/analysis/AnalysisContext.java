package org.adoptsim.cli.sweep.analysis;

import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;

import org.adoptsim.cli.output.Csv;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.cli.sweep.chart.ChartFiles;
import org.adoptsim.cli.sweep.io.SweepManifest;
import org.adoptsim.cli.text.Num;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * What every part of an analysis shares: the loaded sweep, the grouping parameters, the metrics for
 * tables and the few in focus (printed and charted), the chart format (null: none), where to write, and
 * the list of files written. Not thread-safe.
 */
public final class AnalysisContext {
    final SweepTables tables;
    final List<String> by;
    final List<String> metrics;
    final List<String> focus;
    final ChartFormat charts;
    final Path out;
    final PrintWriter print;
    final int bootstrap;
    final int bins;
    final int rows;
    private final List<Path> written = new ArrayList<>();
    private Pooling pooling;

    public AnalysisContext(SweepTables tables, List<String> by, List<String> metrics, List<String> focus,
            ChartFormat charts, Path out, PrintWriter print, int bootstrap, int bins, int rows) {
        this.tables = tables;
        this.by = List.copyOf(by);
        this.metrics = List.copyOf(metrics);
        this.focus = List.copyOf(focus);
        this.charts = charts;
        this.out = out;
        this.print = print;
        this.bootstrap = bootstrap;
        this.bins = bins;
        this.rows = rows;
    }

    public List<Path> written() {
        return List.copyOf(written);
    }

    /** How the intervals of pooled groups are taken, in words ({@link Pooling#words}). */
    public String intervals() {
        return pooling().words();
    }

    /** The name of that in the analysis manifest ({@link Pooling#name}). */
    public String intervalsName() {
        return pooling().name();
    }

    /** How the sweep's runs relate when pooled over points ({@link Pooling}); found once. */
    Pooling pooling() {
        if (pooling == null) {
            pooling = Pooling.of(tables.runs(), tables.manifest());
        }
        return pooling;
    }

    List<String> strategies() {
        return tables.manifest().strategies();
    }

    /** Writes a CSV table (header, then rows) into the analysis directory. */
    void csv(String name, List<String> header, List<List<String>> body) {
        Path file = out.resolve(name);
        StringBuilder b = new StringBuilder(Csv.line(header)).append('\n');
        for (List<String> r : body) {
            b.append(Csv.line(r)).append('\n');
        }
        try {
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        written.add(file);
    }

    void chart(Chart<?, ?> chart, String name) {
        if (charts != null) {
            written.add(ChartFiles.save(chart, out, ChartFiles.slug(name), charts, footer()));
        }
    }

    /** The charts' footer: which sweep, how big, which seed, which version made it. */
    String footer() {
        SweepManifest m = tables.manifest();
        return String.format(Locale.ROOT, "sweep %s  \u00b7  %s design, %,d points  \u00b7  %d replicates  \u00b7  seed %d"
                + "  \u00b7  adoptsim %s", m.name(), m.design().path("type").asText(), m.toPoint() - m.fromPoint(),
                m.replicates(), m.rootSeed(), m.adoptsimVersion());
    }

    /** Numbers for the terminal: four significant digits. */
    /** A metric in words with the unit of its raw values, for chart axes: "Honest adoption at the horizon (share of teams, 0-1)". */
    static String words(String metric) {
        return Metric.words(MetricCatalog.anyHorizon(), metric);
    }

    /** A metric's title in words, for chart titles. */
    static String title(String metric) {
        return MetricCatalog.anyHorizon().byId(metric).map(Metric::title).orElse(metric);
    }

    /** The axis title for a column of the tables ({@link org.adoptsim.cli.sweep.io.SweepManifest#axisTitle}). */
    String axis(String column) {
        return tables.manifest().axisTitle(column);
    }

    static String num(double v) {
        return Num.label(v, 4);
    }

    static String interval(double lo, double hi) {
        return Double.isNaN(lo) ? "" : String.format(Locale.ROOT, "[%s, %s]", num(lo), num(hi));
    }
}
