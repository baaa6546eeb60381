package org.adoptsim.cli.chart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.PairedRow;
import org.adoptsim.cli.output.OutputFolder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The charts of an output folder, built from its tables: per strategy a fan chart of honest adoption
 * and a stacked chart of laggard reasons; for several strategies the medians overlaid; honest against
 * vanity adoption; cumulative net hours and done against adopted; the event weeks (mandate, deadline,
 * sunset, shutdown) marked on every chart of adoption or hours over time; and for a
 * comparison the forest plot of paired differences. File names are stable
 * ({@code charts/fan-<strategy>.png} …), strategy names reduced to {@code [a-z0-9-]}. Figures are built
 * only when rendered, so listing the file names is cheap.
 */
public final class ChartSet {
    /** The metrics of the forest plot, by id; honest adoption at the first and last checkpoints goes in front. */
    private static final List<String> FOREST = List.of("never_started_share", "dual_team_weeks", "mean_resentment",
            "incident_rate_after");

    /** The chart of cumulative net hours, the one the decision brief shows. */
    public static final String NET_HOURS = "net-hours";

    private record Entry(String name, Supplier<Figure> build) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public ChartSet(ComparisonTables t, MetricCatalog catalog, ChartContext ctx, int teams) {
        ChartWarmup.headless();
        List<String> strategies = t.strategies();
        List<String> slugs = slugs(strategies);
        String footer = ctx.footer();
        if (strategies.size() > 1) {
            add("adoption-median", () -> Figure.single("adoption-median", marked(OverlayChart.of(t.weekly(),
                    strategies), t, strategies), footer, "The median run of each strategy: the share of teams with"
                            + " the old system off, week by week; thin dotted lines mark the median run's mandate,"
                            + " deadline, sunset announcement and shutdown."));
        }
        add(NET_HOURS, () -> Figure.titled(NET_HOURS, NetHoursChart.of(t, strategies), footer,
                "Cumulative net engineer-hours (gain minus migration, dual, platform, incident and staying hours) of"
                        + " each strategy, mean over runs with its 95 % band; thin dotted lines mark the median run's"
                        + " mandate, deadline, sunset announcement and shutdown."));
        add("done-vs-adopted", () -> Figure.titled("done-vs-adopted", AdoptedDoneChart.of(t, strategies), footer,
                "Solid: teams with the old system off (done). Dashed: teams done and self-sufficient (adopted, as"
                        + " the seed defines it). Thin dotted lines mark the median run's mandate, deadline,"
                        + " sunset and shutdown."));
        add("honest-vs-vanity", () -> Figure.single("honest-vs-vanity", marked(HonestVanityChart.of(t.weekly(),
                strategies), t, strategies), footer, "Solid: teams with the old system off (honest adoption)."
                        + " Dashed: teams that have started (vanity adoption). The gap is work in progress and"
                        + " half-migrations. Thin dotted lines mark the median run's mandate, deadline, sunset and"
                        + " shutdown."));
        for (int i = 0; i < strategies.size(); i++) {
            addFan(t, strategies.get(i), "fan-" + slugs.get(i), footer);
        }
        for (int i = 0; i < strategies.size(); i++) {
            addLaggards(t, strategies.get(i), "laggards-" + slugs.get(i), teams, footer);
        }
        if (!t.paired().isEmpty()) {
            add("paired-differences", () -> forest(t, catalog, ctx, footer));
        }
    }

    private void addFan(ComparisonTables t, String s, String name, String footer) {
        add(name, () -> Figure.single(name, marked(FanChart.of(t.weekly(), s, Palette.strategy(s)), t, List.of(s)),
                footer, "Honest adoption under " + s + ": the median run, and the bands that hold the middle 50 %"
                        + " and 90 % of runs. Dashed: the median share of teams that have started. Thin dotted"
                        + " lines: the median run's mandate, deadline, sunset announcement and shutdown."));
    }

    /** A percent-of-teams chart with the strategies' event weeks marked (summary.csv's medians). */
    private static XYChart marked(XYChart c, ComparisonTables t, List<String> strategies) {
        EventMarks.add(c, t, strategies, 0, 100);
        return c;
    }

    private void addLaggards(ComparisonTables t, String s, String name, int teams, String footer) {
        add(name, () -> Figure.single(name, LaggardChart.of(t.weekly(), s, teams), footer, "Where the teams stand"
                + " under " + s + " (mean over runs): done, in progress, and the reason each remaining team is not"
                + " done yet."));
    }

    private void add(String name, Supplier<Figure> build) {
        entries.add(new Entry(name, build));
    }

    /** The figure names (file names without extension), in order. */
    public List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /** Builds one figure by name. */
    public Figure figure(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chart '" + name + "'")).build().get();
    }

    /** Builds the figures. */
    public List<Figure> figures() {
        return entries.stream().map(e -> e.build().get()).toList();
    }

    /** The relative paths of every figure in each format, in figure order. */
    public List<String> paths(List<ChartFormat> formats) {
        List<String> out = new ArrayList<>();
        for (String n : names()) {
            for (ChartFormat fmt : formats) {
                out.add(path(n, fmt));
            }
        }
        return out;
    }

    public static String path(String name, ChartFormat format) {
        return OutputFolder.CHARTS + "/" + name + "." + format.extension();
    }

    /** Builds and writes every figure in every format on up to {@code threads} threads; returns the figures. */
    public List<Figure> render(OutputFolder out, List<ChartFormat> formats, int threads) throws IOException {
        List<Figure> figures = figures();
        render(out, formats, threads, figures);
        return figures;
    }

    /** Writes these figures (built by {@link #figures} or elsewhere) in every format on up to {@code threads} threads. */
    public static void render(OutputFolder out, List<ChartFormat> formats, int threads, List<Figure> figures)
            throws IOException {
        List<Renderer.Job> jobs = new ArrayList<>();
        for (Figure f : figures) {
            List<Renderer.Target> targets = new ArrayList<>();
            for (ChartFormat fmt : formats) {
                targets.add(new Renderer.Target(fmt, out.file(path(f.name(), fmt))));
            }
            jobs.add(new Renderer.Job(f, targets));
        }
        Renderer.run(jobs, threads);
    }

    private static Figure forest(ComparisonTables t, MetricCatalog catalog, ChartContext ctx, String footer) {
        List<Metric> metrics = new ArrayList<>();
        int[] cps = MetricCatalog.checkpoints(catalog.weeks());
        metrics.add(catalog.get(MetricCatalog.honestAt(cps[0])));
        if (cps.length > 1) {
            metrics.add(catalog.get(MetricCatalog.honestAt(cps[cps.length - 1])));
        }
        FOREST.forEach(id -> metrics.add(catalog.get(id)));
        List<Chart<?, ?>> panels = new ArrayList<>();
        int columns = 3;
        int rows = (metrics.size() + columns - 1) / columns;
        int width = 1600;
        int panelHeight = 400;
        for (Metric m : metrics) {
            List<PairedRow> rowsOf = t.baselineRows().stream().filter(p -> p.metric().equals(m.id())).toList();
            panels.add(ForestChart.of(m, rowsOf, width / columns, panelHeight));
        }
        return new Figure("paired-differences", "Difference from " + ctx.baseline()
                + " on the same replicates (mean and 95 % interval)", panels, columns, width,
                Figure.TITLE + rows * panelHeight + Figure.FOOTER, footer,
                "Each strategy minus " + ctx.baseline() + " on the same replicates: mean difference (diamond) and"
                        + " 95 % interval (bar). A bar that does not cross zero is a clear difference.");
    }

    /** File-name-safe, distinct stems for strategy names. */
    static List<String> slugs(List<String> names) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String n : names) {
            String base = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
            base = base.isEmpty() ? "strategy" : base;
            String s = base;
            for (int k = 2; !used.add(s); k++) {
                s = base + "-" + k;
            }
            out.add(s);
        }
        return out;
    }
}
