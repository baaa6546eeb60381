package org.adoptsim.cli.compare;

import org.adoptsim.cli.ExitCodes;
import org.adoptsim.cli.console.Progress;
import org.adoptsim.cli.console.StopSignal;

import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.results.ComparisonAccumulator;
import org.adoptsim.cli.results.Tabulator;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import org.adoptsim.cli.VersionProvider;
import org.adoptsim.cli.calibrate.posterior.PosteriorDraws;
import org.adoptsim.cli.calibrate.posterior.VarianceColumns;
import org.adoptsim.cli.calibrate.posterior.VarianceSplit;
import org.adoptsim.cli.chart.ChartWarmup;
import org.adoptsim.cli.functions.FunctionsAccumulator;
import org.adoptsim.cli.functions.FunctionsCsv;
import org.adoptsim.cli.functions.StrategyHolding;
import org.adoptsim.cli.functions.HoldingSummary;
import org.adoptsim.cli.functions.SignOffColumns;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.output.DataFiles;
import org.adoptsim.cli.output.Comparison;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.ManifestCommit;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.output.RunsCsv;
import org.adoptsim.cli.output.SyncBatch;
import org.adoptsim.cli.report.ReportBuilder;
import org.adoptsim.cli.report.WeekWords;
import org.adoptsim.cli.today.TeamForecast;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Ensemble;
import org.adoptsim.cli.output.DecomposeCsv;
import org.adoptsim.cli.results.Decomposition;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.RunResult;

/**
 * Runs a comparison and writes its output folder. Replicates stream from {@link Ensemble} in replicate
 * order into runs.csv and a {@link ComparisonAccumulator}, so memory stays bounded and every file is
 * independent of the thread count. Then the tables, the charts and the reports are written, each
 * atomically, all synced to disk together at the end ({@link SyncBatch}), and the manifest last, once
 * {@link ManifestCommit} has checked every file it lists; the
 * charts, reports and terminal summary are made from the tables as read back from the files, so
 * {@code adoptsim report} reproduces them exactly.
 *
 * <p><b>Interruption</b> (Ctrl-C, or an interrupt of the calling thread): the replicates that finished
 * are 0 … k−1, so the job writes the complete outputs for those k — byte for byte what
 * {@code --replicates k} would write — and marks them partial in manifest.json (complete: false),
 * the report and the terminal; the exit code is then 130. If no replicate finished, nothing is written.
 */
final class ComparisonJob {

    private final JobSpec spec;
    private final LongConsumer onReplicate;
    private TeamForecast forecast;
    private final Consumer<List<RunResult>> also;
    private final IntFunction<Scenario> scenarioOf;
    /** With --posterior: where the parameter sets come from, and the variance split of the pairs; else null. */
    private final PosteriorDraws draws;
    private final VarianceSplit split;
    /** The functions' outcomes (docs/model.md, "Across functions"); inactive without functions. */
    private FunctionsAccumulator functions;

    /** @param onReplicate told the number of replicates done after each one (tests use it to interrupt) */
    ComparisonJob(JobSpec spec, LongConsumer onReplicate) {
        this(spec, onReplicate, r -> { });
    }

    /** @param also given each replicate's results too, in replicate order ({@code run --history}) */
    ComparisonJob(JobSpec spec, LongConsumer onReplicate, Consumer<List<RunResult>> also) {
        this(spec, onReplicate, also, null);
    }

    /**
     * @param draws a calibration's posterior (run/compare --posterior): each replicate pair runs on one joint
     *              parameter set drawn from it, and summary.csv, the reports and the manifest gain the split of
     *              the variance into parameter uncertainty and simulation noise; null for none
     */
    ComparisonJob(JobSpec spec, LongConsumer onReplicate, Consumer<List<RunResult>> also, PosteriorDraws draws) {
        this.spec = spec;
        this.onReplicate = onReplicate;
        this.draws = draws;
        this.scenarioOf = draws == null ? null : draws.perReplicate(spec.model());
        this.split = draws == null ? null : new VarianceSplit(new MetricCatalog(spec.model().run().weeks()));
        this.also = split == null ? also : also.andThen(split);
    }

    /** The variance split of a --posterior run (for the terminal), or null. */
    VarianceSplit split() {
        return split;
    }

    int execute(PrintWriter out, PrintWriter err) throws IOException {
        Instant started = Instant.now();
        OutputFolder folder = spec.out();
        ChartWarmup.startInBackground();
        try (StopSignal stop = StopSignal.interruptWhileWorking();
                SyncBatch batch = SyncBatch.open(folder.dir())) {
            ComparisonAccumulator acc = accumulator();
            forecast = TodayOutputs.forecast(spec.scenario(), spec.names());
            functions = new FunctionsAccumulator(spec.names(), spec.model().run().weeks(),
                    spec.model().rules().functions().list());
            Decomposition decomposition = decomposition();
            boolean interrupted;
            OutputFolder.Previous previous;
            try (AtomicFile runs = AtomicFile.open(folder.file(OutputFolder.RUNS))) {
                interrupted = simulate(runs, acc, decomposition);
                stop.workDone();
                if (acc.replicates() == 0) {
                    err.println("adoptsim " + spec.command() + ": interrupted before any replicate finished;"
                            + " nothing written");
                    return ExitCodes.INTERRUPTED;
                }
                previous = folder.retractPrevious();
                SyncBatch.syncFolder(folder.dir()); // the retraction is on disk before any file is replaced
                runs.commit();
            }
            ComparisonTables tables = Tabulator.tabulate(acc);
            tables = tables.withWeekly(SignOffColumns.add(tables.weekly(), functions));
            tables = tables.withVerdict(spec.paired()
                    ? tables.verdict().withCaveats(Assumptions.of(spec.model(), spec.strategies())) : null);
            Manifest m = writeData(folder, tables, decomposition, acc.replicates(), !interrupted, started);
            folder.removeStale(previous, Set.copyOf(current(m)))
                    .forEach(l -> err.println("adoptsim " + spec.command() + ": " + l));
            List<StrategyHolding> holding = StrategyHolding.read(folder, m);
            ComparisonTables written = StrategyHolding.withDoneWaiting(holding, DataFiles.read(folder, m));
            ReportBuilder.build(folder, m, written, holding, spec.formats(), spec.threads());
            batch.syncAll();
            batch.close(); // the manifest syncs itself, after every file it lists is on disk
            // Finished once the charts and reports are written too: the terminal prints these seconds.
            m = m.toBuilder().execution(Manifest.Execution.now(spec.commandLine(), spec.threads(), started,
                    Instant.now())).build();
            ManifestCommit.commit(folder, m);
            if (spec.verbose()) {
                new TerminalSummary(spec, m, written).print(out, err);
                TodayOutputs.printLaggards(forecast, out);
                HoldingSummary.print(functions, WeekWords.of(m)::at, out);
            } else {
                // --quiet: no summary, even for a partial result; its one warning line still goes to stderr.
                new TerminalSummary(spec, m, written).warnIfPartial(err);
            }
            return interrupted ? ExitCodes.INTERRUPTED : ExitCodes.OK;
        }
    }

    /** The comparison's accumulator; with --posterior its paired intervals take each replicate pair as one draw. */
    private ComparisonAccumulator accumulator() {
        MetricCatalog catalog = new MetricCatalog(spec.model().run().weeks());
        ComparisonAccumulator acc = new ComparisonAccumulator(spec.names(), spec.baseline(), catalog,
                spec.model().organisation().teams(), catalog.get(spec.objective()));
        return draws == null ? acc : acc.sharingParametersInPairs();
    }

    /** With --decompose A,B: the factorial of A − B on the catalogue's decomposed metrics; else null. */
    private Decomposition decomposition() {
        if (spec.decompose().isEmpty()) {
            return null;
        }
        MetricCatalog catalog = new MetricCatalog(spec.model().run().weeks());
        List<org.adoptsim.cli.results.Metric> metrics = new ArrayList<>();
        metrics.add(catalog.get(spec.objective()));
        for (String id : DECOMPOSED) {
            if (!id.equals(spec.objective())) {
                metrics.add(catalog.get(id));
            }
        }
        return new Decomposition(spec.names().get(spec.decompose().get(0)), spec.names().get(spec.decompose().get(1)),
                metrics);
    }

    /** The metrics decompose.csv splits, after the objective. */
    private static final List<String> DECOMPOSED = List.of("net_hours", "final_adopted_share", "adopted_share_52",
            "final_done_share", "hours_migration", "hours_platform", "hours_dual", "forced_at_shutdown",
            "mean_resentment");

    /**
     * The strategies the ensemble runs: the compared ones, then with --decompose A,B the two crossed variants
     * (every strategy of a replicate shares its draws, so adding them changes none of the others' runs).
     */
    private List<Strategy> ensembleStrategies() {
        List<Strategy> all = new ArrayList<>(spec.strategies());
        if (!spec.decompose().isEmpty()) {
            Strategy a = spec.strategies().get(spec.decompose().get(0));
            Strategy b = spec.strategies().get(spec.decompose().get(1));
            all.add(Crossing.cross(a, b));
            all.add(Crossing.cross(b, a));
        }
        return all;
    }

    /** Runs the ensemble; returns whether it was interrupted before the last replicate. */
    private boolean simulate(AtomicFile runs, ComparisonAccumulator acc, Decomposition decomposition)
            throws IOException {
        int replicates = spec.model().run().replicates();
        int n = spec.strategies().size();
        RunsCsv csv = new RunsCsv(runs.writer(), spec.model().run().weeks(), spec.paired() ? spec.baseline() : -1,
                startWeek());
        Ensemble ensemble = scenarioOf == null
                ? new Ensemble(spec.model(), ensembleStrategies(), spec.threads(), RunDetail.SERIES)
                : new Ensemble(scenarioOf, ensembleStrategies(), spec.threads(), RunDetail.SERIES);
        try (Progress progress = spec.progress() ? Progress.forTerminal(spec.command(), " replicates", false)
                : Progress.NONE) {
            progress.start(replicates, 0);
            ensemble.run(0, replicates, all -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new Stop();
                }
                List<RunResult> replicate = all.subList(0, n);
                csv.accept(replicate);
                acc.accept(replicate);
                forecast.accept(replicate);
                functions.accept(replicate);
                also.accept(replicate);
                if (decomposition != null) {
                    decomposition.accept(all.get(spec.decompose().get(0)), all.get(spec.decompose().get(1)),
                            all.get(n), all.get(n + 1));
                }
                progress.stepTo(acc.replicates());
                onReplicate.accept(acc.replicates());
            });
            return false;
        } catch (InterruptedException | Stop e) {
            Thread.interrupted();
            return acc.replicates() < replicates;
        }
    }

    /** Thrown from the sink when the thread was interrupted: the replicates accepted so far are kept. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("interrupted", null, false, false);
        }
    }

    private Manifest writeData(OutputFolder folder, ComparisonTables tables, Decomposition decomposition, long done,
            boolean complete, Instant started) throws IOException {
        MetricCatalog catalog = new MetricCatalog(spec.model().run().weeks());
        List<String> data = new ArrayList<>(List.of(OutputFolder.RUNS));
        data.addAll(DataFiles.write(folder, tables, catalog, spec.paired(), startWeek()));
        data.add(TodayOutputs.writeTeams(folder, forecast));
        data.addAll(FunctionsCsv.write(folder, functions));
        if (decomposition != null) {
            AtomicFile.writeText(folder.file(OutputFolder.DECOMPOSE), w -> DecomposeCsv.write(decomposition.rows(), w));
            data.add(OutputFolder.DECOMPOSE);
        }
        if (split != null) {
            VarianceColumns.appendTo(folder.file(OutputFolder.SUMMARY), split, catalog);
        }
        Manifest draft = manifest(complete, done, DataFiles.hashes(folder, data), List.of(), started);
        return draft.withGenerated(formatNames(), ReportBuilder.plannedFiles(draft, tables, spec.formats()));
    }

    private Manifest manifest(boolean complete, long done, java.util.Map<String, Manifest.FileEntry> files,
            List<String> generated, Instant started) {
        var sc = spec.scenario();
        var run = spec.model().run();
        return Manifest.builder().toolVersion(VersionProvider.version()).command(spec.command())
                .status(complete ? Manifest.Status.COMPLETE : Manifest.Status.INTERRUPTED)
                .scenario(new Manifest.ScenarioInfo(sc.scenario().name(), sc.scenario().organisation().teams(),
                        sc.file(), sc.sha256(), sc.inputs(), sc.description()))
                .seed(run.seed()).replicates(run.replicates()).files(files).generated(generated)
                .section(new Comparison(run.weeks(), done, spec.names(),
                        spec.paired() ? spec.names().get(spec.baseline()) : null, formatNames(),
                        draws == null ? null : draws.manifestEntry(done / 2)).withStartWeek(startWeek())
                        .withStartFrom(sc.startFrom()).section())
                .execution(Manifest.Execution.now(spec.commandLine(), spec.threads(), started, Instant.now()))
                .build();
    }

    private List<String> formatNames() {
        return spec.formats().stream().map(f -> f.extension()).toList();
    }

    private static List<String> current(Manifest m) {
        Set<String> s = new LinkedHashSet<>(m.files().keySet());
        s.addAll(m.generated());
        return new ArrayList<>(s);
    }

    /** The calendar week of the runs' week 0: the scenario's {@code start.week}, 0 without a start. */
    private int startWeek() {
        return spec.model().start() == null ? 0 : spec.model().start().week();
    }
}
