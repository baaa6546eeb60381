package org.adoptsim.cli.sweep;

import org.adoptsim.cli.options.QuietOption;
import org.adoptsim.cli.text.Count;
import org.adoptsim.cli.output.WrittenFiles;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.options.ChartsOption;
import picocli.CommandLine.Mixin;
import org.adoptsim.cli.options.OutOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.adoptsim.cli.InputException;
import java.time.Instant;
import org.adoptsim.cli.options.Invocation;
import org.adoptsim.cli.output.FolderLock;
import org.adoptsim.cli.output.ManifestCommit;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.output.OwnFolder;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.text.Suggest;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.cli.sweep.analysis.Analysis;
import org.adoptsim.cli.sweep.analysis.AnalysisContext;
import org.adoptsim.cli.sweep.analysis.SweepTables;
import org.adoptsim.cli.sweep.io.SweepManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code adoptsim analyze}: tables, sensitivity indices and charts of a finished sweep. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Tables, sensitivity indices and charts of a finished sweep.",
        description = {"Analyse a finished sweep: grouped means with 95 %% intervals and quantiles over runs "
            + "(summary.csv), Sobol indices (sobol designs) or Morris effects (morris designs) with bootstrap "
            + "intervals, and charts: the curve of a metric against a parameter per strategy, heatmaps over two "
            + "parameters, tornado charts of sensitivity indices and main-effect plots. Tables and charts go to "
            + "DIR/analysis; the metrics in focus are also printed."},
        footer = {"", "Examples:",
            "  adoptsim analyze out/mandate-timing --by trigger --by effort",
            "  adoptsim analyze out/mandate-timing --by trigger --metric final_done_share",
            "  adoptsim analyze out/sobol --metric weeks_to_100_or_horizon --charts svg",
            "", "Exit codes: 0 done, 2 bad input (not a complete sweep, unknown parameter or",
            "metric), 1 internal error."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a complete sweep directory (or merged shards)")
    Path dir;

    @Option(names = "--by", paramLabel = "PARAM", split = ",",
            description = "group runs by these parameters (label or path; default: every parameter of a grid, none otherwise)")
    List<String> by;

    @Option(names = "--metric", paramLabel = "M", split = ",",
            description = "metrics to analyse (default: all the sweep kept; the first two are printed and charted)")
    List<String> metrics;

    @Mixin
    OutOption out;

    @Mixin
    ChartsOption charts;

    @Mixin
    QuietOption quietOption;

    @Option(names = "--bootstrap", paramLabel = "B", description = "bootstrap resamples for index intervals (default: ${DEFAULT-VALUE})")
    int bootstrap = 1000;

    @Option(names = "--bins", paramLabel = "N", description = "bins for continuous parameters (default: ${DEFAULT-VALUE})")
    int bins = 5;

    @Option(names = "--rows", paramLabel = "N", description = "rows printed per table at most (default: ${DEFAULT-VALUE})")
    int rows = 40;

    @Override
    public Integer call() {
        PrintWriter print = quietOption.summary(spec.commandLine().getOut());
        // each option's own rule, the first one broken named with the value given (it named all three, and no value)
        if (bootstrap < 0 || bootstrap > 100_000) {
            // each resample recomputes every index: a bound keeps a typo from running for days
            throw new InputException("--bootstrap: must be from 0 to 100,000, was " + bootstrap);
        }
        if (bins < 2) {
            throw new InputException("--bins: must be at least 2, was " + bins);
        }
        if (rows < 1) {
            throw new InputException("--rows: must be at least 1, was " + rows);
        }
        ChartFormat format = charts.format();
        if (format != null) {
            org.adoptsim.cli.chart.ChartWarmup.headless();
        }
        SweepTables tables = SweepTables.load(dir, true);
        SweepManifest m = tables.manifest();
        List<String> groups = groups(m);
        List<String> all = metrics(m);
        List<String> focus = metrics != null ? all : all.subList(0, Math.min(2, all.size()));
        Path target = out.folder(() -> dir.resolve("analysis"));
        checkOwn(target); // before the lock file is made: a refused folder is left as it was
        createDir(target);
        try (FolderLock lock = FolderLock.acquire(target, "analyze")) {
            Instant began = Instant.now();
            OutputFolder folder = new OutputFolder(target);
            OwnFolder.check(folder, "analyze"); // again under the lock: another writer may have been there since
            OutputFolder.Previous previous = folder.retractPrevious();
            print.println(String.format(Locale.ROOT, "sweep '%s': %s design, %s × %s × %s = %s", m.name(),
                    m.design().path("type").asText(), Count.of(m.toPoint() - m.fromPoint(), "point", "points"),
                    Count.of(m.replicates(), "replicate", "replicates"),
                    Count.of(m.strategies().size(), "strategy", "strategies"), Count.of(m.runsDone(), "run", "runs")));
            AnalysisContext c = new AnalysisContext(tables, groups, all, focus, format, target, print, bootstrap, bins, rows);
            print.println("intervals of pooled groups: " + c.intervals());
            Analysis.run(c);
            folder.removeStale(previous, ManifestCommit.entries(target, c.written()).keySet())
                    .forEach(l -> spec.commandLine().getErr().println("adoptsim analyze: " + l));
            ManifestCommit.commit(folder, m.derived("analyze", dir, "analysis", n -> {
                groups.forEach(n.putArray("by")::add);
                all.forEach(n.putArray("metrics")::add);
                n.put("bootstrap", bootstrap).put("bins", bins).put("charts", format == null ? "none" : format.extension())
                        .put("intervals", c.intervalsName());
            }).files(ManifestCommit.entries(target, c.written()))
                    .execution(Manifest.Execution.now(Invocation.text(spec), 1, began,
                            Instant.now())).build());
            print.println();
            WrittenFiles.print(print, target, c.written());
            print.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + target + ": " + e.getMessage(), e);
        }
        return 0;
    }

    private List<String> groups(SweepManifest m) {
        List<SweepManifest.ParameterInfo> params = m.parameters();
        if (by == null) {
            return m.design().path("type").asText().equals("grid")
                    ? params.stream().map(SweepManifest.ParameterInfo::label).toList() : List.of();
        }
        List<String> out = new ArrayList<>();
        for (String b : by) {
            SweepManifest.ParameterInfo p = params.stream().filter(x -> x.label().equals(b) || x.path().equals(b))
                    .findFirst().orElseThrow(() -> new InputException("--by: the sweep has no parameter '" + b
                            + "'; it has: " + String.join(", ", params.stream().map(SweepManifest.ParameterInfo::label).toList())));
            if (!out.contains(p.label())) {
                out.add(p.label());
            }
        }
        return out;
    }

    private List<String> metrics(SweepManifest m) {
        MetricCatalog catalog = MetricCatalog.anyHorizon();
        for (String kept : m.metrics()) {
            if (catalog.byId(kept).isEmpty()) {
                throw new InputException(dir + ": the sweep kept metric '" + kept + "', which this adoptsim does not know"
                        + Suggest.didYouMean(kept, catalog.ids()) + "; metric names are snake_case now — run the"
                        + " sweep again");
            }
        }
        if (metrics == null) {
            return m.metrics();
        }
        for (String x : metrics) {
            if (!m.metrics().contains(x)) {
                throw new InputException("--metric: the sweep did not keep '" + x + "'; it kept: "
                        + String.join(", ", m.metrics()));
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(metrics));
    }

    private static void checkOwn(Path target) {
        try {
            OwnFolder.check(new OutputFolder(target), "analyze");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target + ": " + e.getMessage(), e);
        }
    }

    private static void createDir(Path d) {
        try {
            Files.createDirectories(d);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + d + ": " + e.getMessage(), e);
        }
    }
}
