package org.adoptsim.cli.decide.optimise;

import org.adoptsim.cli.options.QuietOption;
import org.adoptsim.cli.options.ChartsOption;
import picocli.CommandLine.Mixin;
import org.adoptsim.cli.options.ThreadsOption;
import org.adoptsim.cli.options.SeedOption;
import org.adoptsim.cli.options.OutOption;
import java.time.Instant;
import java.util.function.IntFunction;
import org.adoptsim.cli.options.Invocation;
import org.adoptsim.cli.output.WrittenFiles;
import org.adoptsim.cli.output.FolderLock;
import org.adoptsim.cli.output.OwnFolder;
import org.adoptsim.cli.ExitCodes;
import org.adoptsim.cli.console.StopSignal;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.ManifestCommit;
import org.adoptsim.cli.output.OutputFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.calibrate.posterior.PosteriorDraws;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.compare.ScenarioFiles;
import org.adoptsim.cli.compare.ScenarioInput;
import org.adoptsim.cli.results.Unit;
import org.adoptsim.cli.scenario.ResourceBudget;
import org.adoptsim.cli.decide.select.KimNelson;
import org.adoptsim.cli.decide.select.SelectionResult;
import org.adoptsim.cli.decide.select.SystemResult;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.cli.scenario.input.TextFile;
import org.adoptsim.cli.sweep.overrides.YamlScenarioFactory;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code adoptsim optimise}: the best setting of one strategy's levers, chosen with a stated confidence. */
@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true, sortOptions = false,
        header = "The best setting of a strategy's levers, selected with a stated probability.",
        description = {"Generates candidate plans for one strategy of the scenario by setting its levers (a grid, "
            + "or a Latin hypercube when the grid would exceed --candidates), runs them on common random numbers, "
            + "drops plans that a constraint rules out, screens the rest on a first stage, then runs the fully "
            + "sequential procedure KN (Kim and Nelson 2001) until one plan is left: with probability at least "
            + "1 - alpha it is within --delta of the best feasible plan. The winner is then re-checked on fresh "
            + "seeds (root seed + 1) against the strategy as written. Writes best.yaml (a strategy entry to paste under "
            + "strategies:), candidates.csv and a chart of the objective against the first lever."},
        footer = {"", "Levers: PATH[,PATH...]=LO:HI:STEP (a grid), LO:HI (sampled) or V1|V2|...",
            "(a list; a value may be a list in brackets, e.g.",
            "strategies.earned.tooling=[scripts,canary]|[]).",
            "Every path lies under strategies.NAME. of one strategy; the paths of one lever",
            "are set to the same value.",
            "Constraints: METRIC>=X@P or METRIC<=X@P: the metric is at least (at most) X in",
            "at least a share P of runs.",
            "", "Example (docs/decide.md explains it):",
            "  adoptsim optimise scenarios/platform-migration.yaml \\",
            "    --lever strategies.earn-then-mandate.mandate.atShare=0.3:0.9:0.05 \\",
            "    --objective weeks_to_100 --constraint 'mean_resentment<=0.05@0.9'",
            "", "Exit codes: 0 done, 2 bad input, 1 internal error."})
public final class OptimiseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Option(names = "--lever", required = true, paramLabel = "PATH=RANGE", description = "a lever and its values (repeatable)")
    List<String> levers;

    @Option(names = "--objective", paramLabel = "METRIC[:max|min]",
            description = "what to optimise (default: net_hours where the catalogue has it, else honest adoption at week 104)")
    String objective;

    @Option(names = "--constraint", paramLabel = "METRIC>=X@P", description = "a probability constraint (repeatable)")
    List<String> constraints = new ArrayList<>();

    @Option(names = "--candidates", paramLabel = "N", description = "most candidate plans (default: ${DEFAULT-VALUE})")
    int candidates = 2000;

    @Option(names = "--delta", paramLabel = "D",
            description = "indifference zone in the objective's unit (default: 0.01 for shares, 1 for weeks; required otherwise)")
    Double delta;

    @Option(names = "--alpha", paramLabel = "A", description = "1 - the probability of correct selection (default: ${DEFAULT-VALUE})")
    double alpha = 0.05;

    @Option(names = "--first-stage", paramLabel = "N0", description = "replicates of every plan before screening (default: ${DEFAULT-VALUE})")
    int firstStage = 10;

    @Option(names = "--max-replicates", paramLabel = "R", description = "replicate budget per plan (default: ${DEFAULT-VALUE})")
    int maxReplicates = 400;

    @Option(names = "--recheck", paramLabel = "M", description = "fresh replicates to re-check the winner on (default: ${DEFAULT-VALUE})")
    int recheck = 100;

    @Mixin
    SeedOption seed;

    @Option(names = "--weeks", paramLabel = "W", description = "weeks per run (default: the scenario's run.weeks)")
    Integer weeks;

    @Mixin
    ThreadsOption threads;

    @Mixin
    OutOption out;

    @Mixin
    ChartsOption charts;

    @Mixin
    QuietOption quietOption;

    @Option(names = "--posterior", paramLabel = "DIR", description = "optimise under parameter uncertainty: each"
            + " replicate draws one joint parameter set from a calibration's DIR/posterior.csv, the same for every plan")
    Path posterior;

    /** Runs just before the search (tests interrupt the thread here, as a Ctrl-C would). */
    Runnable onSearch = () -> { };

    @Override
    public Integer call() throws IOException {
        PrintWriter print = quietOption.summary(spec.commandLine().getOut());
        Instant began = Instant.now();
        checkNumbers();
        ChartFormat format = charts.format();
        ScenarioInput loaded = new ScenarioFiles().read(file);
        Scenario s = loaded.scenario();
        var run = s.run();
        run = run.withSeed(seed.orElse(run.seed()));
        run = weeks != null ? run.withWeeks(weeks) : run;
        Scenario base = s.withRun(run);
        List<Lever> ls = levers.stream().map(Lever::parse).toList();
        String strategy = ls.get(0).strategy();
        if (ls.stream().anyMatch(l -> !l.strategy().equals(strategy))) {
            throw new InputException("--lever: all levers must belong to one strategy (found " + String.join(", ",
                    ls.stream().map(Lever::strategy).distinct().toList()) + ")");
        }
        Strategy written = base.strategies().stream().filter(x -> x.name().equals(strategy)).findFirst()
                .orElseThrow(() -> new InputException("--lever: the scenario has no strategy '" + strategy + "'; it has: "
                        + String.join(", ", base.strategies().stream().map(Strategy::name).toList())));
        MetricCatalog catalog = new MetricCatalog(run.weeks());
        Target target = Target.of(catalog, objective != null ? objective : defaultObjective(catalog), constraints);
        double d = delta != null ? delta : defaultDelta(target);
        int threadCount = threads.count();

        PosteriorDraws draws = posterior == null ? null : PosteriorDraws.read(posterior, file);
        if (draws != null) {
            draws.eachReplicate(base).apply(0); // a drawn set the scenario refuses fails here, before any run
        }
        Path dir = out.folder(() -> Path.of("out", s.name().replaceAll("[^A-Za-z0-9._-]+", "-") + "-optimise"));
        OwnFolder.check(new OutputFolder(dir), "optimise"); // before the search, not only after it
        CandidatePlans plans = CandidatePlans.of(ls, candidates, run.seed());
        Map<String, SourceLocation> origins = new HashMap<>();
        for (Lever l : ls) {
            for (String p : l.paths()) {
                origins.put(p, SourceLocation.startOf("--lever " + p));
            }
        }
        YamlScenarioFactory factory = new YamlScenarioFactory(file, file.toString(), origins);
        List<Strategy> candidatesList = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            Scenario c = factory.at(plans.overrides(i));
            candidatesList.add(c.strategies().stream().filter(x -> x.name().equals(strategy)).findFirst().orElseThrow()
                    .withName(strategy + "#" + i));
        }
        CandidateRuns runs = new CandidateRuns(base, draws == null ? null : draws.eachReplicate(base), candidatesList,
                target, threadCount, Math.max(firstStage, 2 * threadCount));
        KimNelson.Builder kn = KimNelson.builder().delta(d).alpha(alpha).firstStage(firstStage).maxReplicates(maxReplicates)
                .maximise(target.maximise()).bootstrap(1000, run.seed());
        target.constraints().forEach(kn::constraint);
        PrintWriter err = spec.commandLine().getErr();
        onSearch.run();
        SelectionResult result = stoppable(err, dir, () -> kn.build().select(plans.size(), runs));
        if (result == null) {
            return ExitCodes.INTERRUPTED;
        }

        try (FolderLock lock = FolderLock.acquire(dir, "optimise")) {
            OutputFolder folder = new OutputFolder(dir);
            OwnFolder.check(folder, "optimise");
            OutputFolder.Previous previous = folder.retractPrevious();
            Manifest.Builder manifest = Manifest.of("optimise").seed(run.seed()).scenario(new Manifest.ScenarioInfo(
                    s.name(), s.organisation().teams(), loaded.file(), loaded.sha256(), loaded.inputs(),
                    loaded.description()));
            List<Path> writtenFiles = new ArrayList<>();
            Path csv = dir.resolve("candidates.csv");
            write(csv, CandidatesCsv.text(plans, result, target, draws == null ? null : draws.source().file()));
            writtenFiles.add(csv);
            Summary summary = new Summary(print, plans, result, target, d, alpha, runs.runs(), strategy,
                    firstStage);
            summary.header(loaded.file());
            if (draws != null) {
                summary.posterior(draws);
            }
            if (result.best().isEmpty()) {
                commit(folder, previous, manifest, writtenFiles, strategy, target, plans.size(), d, runs.runs(), null, began, threadCount);
                print.println("no candidate plan meets the constraints; see " + csv);
                print.flush();
                return 0;
            }
            int win = result.selected();
            List<Integer> finalists = finalists(result, FINALISTS);
            Scenario fresh = base.withRun(run.withSeed(run.seed() + 1));
            IntFunction<Scenario> freshDraws = draws == null ? null : draws.eachReplicate(fresh);
            List<Strategy> finalistStrategies = finalists.stream().map(candidatesList::get).toList();
            long seed = run.seed();
            Recheck check = stoppable(err, dir, () -> Recheck.run(fresh, freshDraws, finalistStrategies, written, target,
                    recheck, threadCount, target.maximise(), seed));
            if (check == null) {
                return ExitCodes.INTERRUPTED;
            }
            summary.winner(check, run.seed() + 1);
            summary.finalists(finalists, check);
            String yamlText = BestYaml.of(tree(), strategy, plans.overrides(win), strategy + "-optimised",
                    summary.bestComments(check, loaded.file(), run.seed() + 1));
            Path best = dir.resolve("best.yaml");
            write(best, yamlText);
            writtenFiles.add(best);
            if (format != null) {
                org.adoptsim.cli.chart.ChartWarmup.headless();
                writtenFiles.add(ObjectiveChart.save(plans, result, target, dir, format, String.format(Locale.ROOT,
                        "%s  \u00b7  %s  \u00b7  %,d plans  \u00b7  seed %d", loaded.file(), strategy, plans.size(), run.seed())));
            }
            commit(folder, previous, manifest, writtenFiles, strategy, target, plans.size(), d, runs.runs(), win, began, threadCount);
            print.println();
            WrittenFiles.print(print, dir, writtenFiles);
            print.flush();
            return 0;
        }
    }

    /**
     * Runs part of the search with Ctrl-C turned into an orderly stop, as sweep, compare and calibrate do: the
     * runs are interrupted and one line says so. Null when stopped; no manifest has been written then, so
     * nothing in the folder claims to be a result.
     */
    private static <T> T stoppable(PrintWriter err, Path dir, java.util.function.Supplier<T> work) {
        try (StopSignal guard = StopSignal.interruptWhileWorking()) {
            try {
                T t = work.get();
                guard.workDone();
                return t;
            } catch (IllegalStateException e) {
                guard.workDone();
                if (!(guard.requested() || e.getCause() instanceof InterruptedException)) {
                    throw e;
                }
                err.println("adoptsim optimise: interrupted; no plan was selected and " + dir
                        + " holds no finished result (run it again)");
                err.flush();
                return null;
            }
        }
    }

    /** Writes manifest.json last, once every file written is checked: the options that shaped the search. */
    private void commit(OutputFolder folder, OutputFolder.Previous previous, Manifest.Builder manifest, List<Path> files,
            String strategy, Target target, int plans, double d, long runsDone, Integer winner, Instant began,
            int threadCount) throws IOException {
        Map<String, Manifest.FileEntry> entries = ManifestCommit.entries(folder.dir(), files);
        folder.removeStale(previous, entries.keySet())
                .forEach(l -> spec.commandLine().getErr().println("adoptsim optimise: " + l));
        ManifestCommit.commit(folder, manifest.files(entries)
                .section(Manifest.Section.of("optimisation", n -> {
                    n.put("strategy", strategy);
                    levers.forEach(n.putArray("levers")::add);
                    n.put("objective", target.objective().id() + (target.maximise() ? ":max" : ":min"));
                    constraints.forEach(n.putArray("constraints")::add);
                    n.put("candidates", plans).put("delta", d).put("alpha", alpha).put("firstStage", firstStage)
                            .put("maxReplicates", maxReplicates).put("recheck", recheck).put("runs", runsDone)
                            .put("winner", winner == null ? null : strategy + "#" + winner);
                }))
                .execution(Manifest.Execution.now(Invocation.text(spec), threadCount, began, Instant.now())).build());
    }

    /** How many plans the re-check runs beside the winner's: the winner and those KN eliminated last. */
    static final int FINALISTS = 5;

    /** The winner, then the plans that entered KN ordered by how long they lasted, then by mean. */
    static List<Integer> finalists(SelectionResult r, int most) {
        List<Integer> out = new ArrayList<>(List.of(r.selected()));
        r.systems().stream().filter(s -> s.fate() == SystemResult.Fate.ELIMINATED)
                .sorted(java.util.Comparator.comparingInt(SystemResult::replicates).reversed()
                        .thenComparing(s -> r.systems().get(r.selected()).mean() - s.mean(),
                                java.util.Comparator.comparingDouble(Math::abs))
                        .thenComparingInt(SystemResult::system))
                .limit(most - 1).forEach(s -> out.add(s.system()));
        return out;
    }

    private YNode tree() {
        String text = TextFile.read(file, file.toString(), ScenarioLoader.MAX_BYTES, null, "");
        return YamlTreeReader.read(text, file.toString(), YamlLimits.defaults());
    }

    /** Each option's own rule; the first one broken is named with the value given. */
    private void checkNumbers() {
        need(candidates >= 1, "--candidates: must be at least 1, was " + candidates);
        need(firstStage >= 2, "--first-stage: must be at least 2, was " + firstStage);
        need(maxReplicates >= firstStage, "--max-replicates: must be at least --first-stage (" + firstStage + "), was "
                + maxReplicates);
        need(recheck >= 2, "--recheck: must be at least 2, was " + recheck);
        need(alpha > 0 && alpha < 1, "--alpha: must be between 0 and 1 (exclusive), was " + alpha);
        need(delta == null || delta > 0, "--delta: must be greater than 0, was " + delta);
        need(weeks == null || weeks >= 1, "--weeks: must be at least 1, was " + weeks);
        if (weeks != null) {
            ResourceBudget.checkWeeks(weeks, "--weeks"); // run and compare's limit; 0 was an internal error
        }
    }

    private static void need(boolean ok, String problem) {
        if (!ok) {
            throw new InputException(problem);
        }
    }

    private static String defaultObjective(MetricCatalog catalog) {
        return catalog.byId("net_hours").isPresent() ? "net_hours"
                : MetricCatalog.honestAt(Math.min(104, catalog.weeks()));
    }

    private static double defaultDelta(Target t) {
        Unit u = t.objective().unit();
        if (u == Unit.SHARE) {
            return 0.01;
        }
        if (u == Unit.WEEKS) {
            return 1;
        }
        throw new InputException("--delta: required for " + t.objective().id() + " (no default for its unit); give the"
                + " smallest difference that matters, in the metric's own unit");
    }

    private static void write(Path f, String text) {
        try {
            AtomicFile.writeText(f, w -> w.write(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
        }
    }

}
