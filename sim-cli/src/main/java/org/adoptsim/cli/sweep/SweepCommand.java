package org.adoptsim.cli.sweep;

import org.adoptsim.cli.text.Count;
import org.adoptsim.cli.ExitCodes;
import org.adoptsim.cli.options.Invocation;
import picocli.CommandLine.Mixin;
import org.adoptsim.cli.options.ThreadsOption;
import org.adoptsim.cli.options.QuietOption;
import org.adoptsim.cli.options.OutOption;
import org.adoptsim.cli.console.Progress;
import org.adoptsim.cli.console.StopSignal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.output.FolderLock;
import org.adoptsim.cli.output.OutputDirs;
import org.adoptsim.cli.scenario.ResourceBudget;
import org.adoptsim.cli.sweep.io.Columns;
import org.adoptsim.cli.sweep.io.ResumeCommand;
import org.adoptsim.cli.sweep.io.TableSize;
import org.adoptsim.cli.sweep.io.SweepFiles;
import org.adoptsim.cli.sweep.io.SweepManifest;
import org.adoptsim.cli.calibrate.posterior.PosteriorDraws;
import org.adoptsim.cli.sweep.run.Preflight;
import org.adoptsim.cli.sweep.run.ReplicateDraws;
import org.adoptsim.cli.sweep.run.ScenarioFactory;
import org.adoptsim.cli.sweep.run.ScenarioSource;
import org.adoptsim.cli.sweep.run.Shard;
import org.adoptsim.cli.sweep.run.SweepPlan;
import org.adoptsim.cli.sweep.spec.SpecException;
import org.adoptsim.cli.sweep.spec.SpecReader;
import org.adoptsim.cli.sweep.spec.SweepSpec;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code adoptsim sweep}: runs a sweep file's design, resumable and shardable, streaming to disk. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Run a parameter sweep (grid, Latin hypercube, Sobol, Morris): resumable, shardable.",
        description = {"Run a parameter sweep: every point of the sweep file's design, each with R replicates of "
            + "every strategy. Results stream to DIR as they finish (runs.csv, points.csv, manifest.json) and are "
            + "byte-identical whatever --threads, --shard or --resume."},
        footer = {"", "Examples:",
            "  adoptsim sweep scenarios/sweeps/mandate-timing-cost.yaml --out out/timing",
            "  adoptsim sweep scenarios/sweeps/sobol-default.yaml --limit 40 --replicates 2",
            "      a quick look at the first 40 points",
            "  adoptsim sweep big.yaml --out out/big-3 --shard 3/16",
            "      slice 3 of 16, e.g. one task of a cluster job array",
            "  adoptsim sweep big.yaml --out out/big --resume",
            "      continue after Ctrl-C, kill or a crash (also fine on a fresh DIR)",
            "", "Exit codes: 0 done or already complete, 2 bad input, 1 internal error,",
            "130 stopped by Ctrl-C after a checkpoint (rerun with --resume)."})
public final class SweepCommand implements Callable<Integer> {

    /** Exit code after Ctrl-C (128 + SIGINT), as shells expect. */

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "the sweep file (format: docs/sweeps.md)")
    Path sweepFile;

    @Mixin
    OutOption out;

    @Mixin
    ThreadsOption threadsOption;

    @Option(names = "--resume", description = "continue the sweep already in DIR (safe when there is none yet)")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N", description = "run only slice K of N (contiguous ranges of points)")
    String shard;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default) or parquet")
    String format = "csv";

    @Option(names = "--replicates", paramLabel = "R", description = "replicates per point (overrides the file)")
    Integer replicates;

    @Option(names = "--limit", paramLabel = "N", description = "run only the first N points of the design")
    Long limit;

    @Option(names = "--checkpoint-seconds", paramLabel = "S",
            description = "seconds between checkpoints (default: ${DEFAULT-VALUE})")
    double checkpointSeconds = 1.0;

    @Mixin
    QuietOption quietOption;

    @Option(names = "--posterior", paramLabel = "DIR",
            description = "draw the parameters a calibration fitted from DIR/posterior.csv: one joint set per pair of"
                + " replicates, the same at every point; a parameter the sweep sets keeps the sweep's value")
    Path posterior;

    private final ScenarioSource source;

    public SweepCommand() {
        this(ScenarioSources.yaml());
    }

    public SweepCommand(ScenarioSource source) {
        this.source = source;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        checkOptions();
        SweepSpec s = SpecReader.read(sweepFile, sweepFile.toString());
        if (replicates != null) {
            s = s.withReplicates(replicates);
        }
        String scenarioDisplay = scenarioDisplay(s);
        byte[] scenarioBytes = readScenario(s, scenarioDisplay);
        ScenarioFactory factory = source.open(s.scenario(), scenarioDisplay, ScenarioSources.origins(s));
        SweepPlan plan = plan(s, factory, scenarioBytes);
        if (posterior != null) {
            PosteriorDraws draws = PosteriorDraws.read(posterior, s.scenario());
            plan = plan.withDraws(new ReplicateDraws(draws.source(), draws.overridesPerReplicate(plan.rootSeed())));
        }
        String name = s.name();
        Path dir = out.folder(() -> Path.of("out", name));
        SweepSession session = new SweepSession(plan, factory, new SweepSession.Options(new SweepFiles(dir), threadsOption.count(),
                resume, format, sweepFile.toString(), scenarioDisplay, (long) (checkpointSeconds * 1e9),
                Invocation.text(spec)));
        Scenario largest = Preflight.largest(s, factory);
        ResourceBudget.checkMemory(largest.withRun(largest.run().withReplicates(threadsOption.count())), threadsOption.count(),
                sweepFile.toString(), Runtime.getRuntime().maxMemory(), ResourceBudget.SWEEP_BASE_BYTES);
        checkDisk(plan, dir);
        try (FolderLock lock = FolderLock.acquire(dir, "sweep")) {
            return runStoppable(session, plan, dir, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dir + ": " + org.adoptsim.cli.IoMessages.describe(e), e);
        }
    }

    /** Checks the sweep against its scenario and resolves strategies, seed, limit and shard. */
    private SweepPlan plan(SweepSpec s, ScenarioFactory factory, byte[] scenarioBytes) {
        Scenario base = Preflight.check(s, factory);
        List<String> strategies = s.strategies().isEmpty()
                ? base.strategies().stream().map(Strategy::name).toList() : s.strategies();
        long seed = s.seed().orElse(base.run().seed());
        return new SweepPlan(s, SweepPlan.sha256(scenarioBytes), factory.inputs(s.fixed()), seed, strategies,
                limit == null ? 0 : limit, shard == null ? Shard.WHOLE : Shard.parse(shard))
                .withScenario(base.name(), base.organisation().teams());
    }

    /** Runs the session with a stop signal installed, reports, and only then lets a Ctrl-C'd JVM exit. */
    private int runStoppable(SweepSession session, SweepPlan plan, Path dir, PrintWriter err) {
        try (StopSignal stop = StopSignal.install()) {
            SweepSession.Outcome outcome = session.run(Progress.forTerminal(plan.spec().name(), " runs", quietOption.given()),
                    stop::requested, () -> say(err, describe(plan, dir)), line -> {
                        err.println("adoptsim sweep: " + line);
                        err.flush();
                    });
            report(err, outcome, plan, dir);
            return outcome == SweepSession.Outcome.INTERRUPTED ? ExitCodes.INTERRUPTED : ExitCodes.OK;
        }
    }

    /**
     * Refuses a sweep whose tables ({@link TableSize}) would not fit on the disk holding DIR; a resume's journals
     * count only the runs still to do, its Parquet copies every run.
     */
    private void checkDisk(SweepPlan plan, Path dir) {
        long done = resume ? runsDone(plan, dir) : 0;
        if (done >= plan.runs()) {
            return; // complete: nothing more to write (the session says so)
        }
        TableSize size = TableSize.of(Columns.of(plan.parameters(), plan.metrics()), plan.strategies(), plan.runs(),
                done, plan.replicates(), format);
        String what = String.format(Locale.ROOT, "runs.csv: %,d rows, points.csv: %,d rows", size.runRows(),
                size.pointRows()) + (format.equals("parquet")
                        ? String.format(Locale.ROOT, ", then Parquet copies of all %,d runs", plan.runs()) : "");
        ResourceBudget.checkDisk(dir, size.bytes(), what,
                "run fewer points (--limit, a smaller design) or replicates, a --shard per disk, or choose another --out");
    }

    /** Runs the sweep already in {@code dir} has done, when it is this sweep; 0 otherwise (the session says why). */
    private static long runsDone(SweepPlan plan, Path dir) {
        if (!Files.isRegularFile(dir.resolve(SweepManifest.FILE))) {
            return 0;
        }
        try {
            SweepManifest m = SweepManifest.read(dir);
            return m.hash().equals(plan.hash()) ? Math.min(m.runsDone(), plan.runs()) : 0;
        } catch (InputException e) {
            return 0;
        }
    }

    private void checkOptions() {
        format = format.toLowerCase(Locale.ROOT);
        if (!format.equals("csv") && !format.equals("parquet")) {
            throw new InputException("--format: must be csv or parquet, was '" + format + "'");
        }
        if (replicates != null && (replicates < 1 || replicates > SpecReader.MAX_REPLICATES)) {
            throw new InputException("--replicates: must be between 1 and " + SpecReader.MAX_REPLICATES);
        }
        if (limit != null && limit < 1) {
            throw new InputException("--limit: must be >= 1, was " + limit);
        }
        if (!(checkpointSeconds >= 0)) {
            throw new InputException("--checkpoint-seconds: must be >= 0");
        }
        if (!Files.isRegularFile(sweepFile)) {
            throw new InputException(sweepFile + ": no such sweep file");
        }
    }

    private static String scenarioDisplay(SweepSpec s) {
        Path cwd = Path.of("").toAbsolutePath();
        return s.scenario().startsWith(cwd) ? cwd.relativize(s.scenario()).toString() : s.scenario().toString();
    }

    private static byte[] readScenario(SweepSpec s, String display) {
        SourceLocation at = s.locate("scenario");
        if (!Files.exists(s.scenario())) {
            throw new SpecException(at, "scenario", "no such file: " + display);
        }
        return org.adoptsim.cli.scenario.input.TextFile.bytes(s.scenario(), display,
                org.adoptsim.cli.scenario.input.InputLimits.MAX_SCENARIO_BYTES, at, "scenario");
    }

    private String describe(SweepPlan plan, Path dir) {
        long points = plan.to() - plan.from();
        String slice = plan.shard().whole() ? "" : " (shard " + plan.shard() + ": points " + plan.from() + "–"
                + (plan.to() - 1) + " of " + plan.limitedPoints() + ")";
        return String.format(Locale.ROOT, "sweep '%s': %s × %s × %s = %s%s, %s design, %s → %s", plan.spec().name(),
                Count.of(points, "point", "points"), Count.of(plan.replicates(), "replicate", "replicates"),
                Count.of(plan.strategies().size(), "strategy", "strategies"), Count.of(plan.runs(), "run", "runs"), slice,
                plan.spec().design().type(), Count.of(threadsOption.count(), "thread", "threads"), dir);
    }

    /** What the session did; a completed sweep's seconds are its manifest's ({@code execution.seconds}). */
    private void report(PrintWriter err, SweepSession.Outcome outcome, SweepPlan plan, Path dir) {
        switch (outcome) {
            case ALREADY_COMPLETE -> say(err, "already complete: nothing to do (" + dir + ")");
            case INTERRUPTED -> {
                err.println("stopped: every finished point is saved; continue with: "
                        + ResumeCommand.of(SweepManifest.read(dir), dir));
                err.flush();
            }
            case COMPLETE -> say(err, String.format(Locale.ROOT, "done in %.1f s; tables: %s, %s%s",
                    SweepManifest.read(dir).model().execution().seconds(),
                    dir.resolve("runs." + format), dir.resolve("points." + format),
                    plan.shard().whole() ? "; next: adoptsim analyze " + dir
                            : "; when every shard is done: adoptsim merge SHARD_DIRS... --out DIR"));
        }
    }

    private void say(PrintWriter err, String line) {
        if (!quietOption.given()) {
            err.println(line);
            err.flush();
        }
    }
}
