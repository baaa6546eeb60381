package org.adoptsim.cli.sweep;

import org.adoptsim.cli.output.Manifest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.sweep.io.Checkpoint;
import org.adoptsim.cli.sweep.io.Columns;
import org.adoptsim.cli.sweep.io.DerivedResults;
import org.adoptsim.cli.sweep.io.Journal;
import org.adoptsim.cli.sweep.io.SweepManifest;
import org.adoptsim.cli.sweep.io.ManifestBuilder;
import org.adoptsim.cli.sweep.io.ResumeCommand;
import org.adoptsim.cli.sweep.io.SweepFiles;
import org.adoptsim.cli.sweep.io.SweepWriter;
import org.adoptsim.cli.sweep.io.TableExport;
import org.adoptsim.cli.sweep.io.TableSchema;
import org.adoptsim.cli.console.Progress;
import org.adoptsim.cli.sweep.run.ScenarioFactory;
import org.adoptsim.cli.sweep.run.SweepExecutor;
import org.adoptsim.cli.sweep.run.SweepPlan;

/**
 * One invocation of a sweep on an output directory: starts it fresh or resumes it from its checkpoint,
 * streams the runs into the journals, and on completion writes the final tables (exporting Parquet if
 * asked) and marks the manifest complete. Whatever stops it — the stop signal, an error, kill -9 — the
 * directory holds a checkpoint that covers only fully written points, so {@code --resume} continues
 * without losing or duplicating a run, and the final tables equal those of an uninterrupted sweep.
 */
public final class SweepSession {
    /** How a session ended. */
    public enum Outcome { COMPLETE, ALREADY_COMPLETE, INTERRUPTED }

    /** Settings of one invocation. */
    public record Options(SweepFiles files, int threads, boolean resume, String format, String sweepFile,
            String scenarioFile, long checkpointNanos, String commandLine) {
    }

    private final SweepPlan plan;
    private final ScenarioFactory factory;
    private final Options options;
    private final SweepFiles files;
    private final Columns columns;

    public SweepSession(SweepPlan plan, ScenarioFactory factory, Options options) {
        this.plan = plan;
        this.factory = factory;
        this.options = options;
        this.files = options.files();
        this.columns = Columns.of(plan.parameters(), plan.metrics());
    }

    private record Start(Checkpoint checkpoint, boolean fresh, Instant started, double previousSeconds, int sessions,
            boolean grows) {
    }

    public Outcome run(Progress progress, BooleanSupplier stop) {
        return run(progress, stop, () -> { }, line -> { });
    }

    /**
     * Runs the sweep; {@code checked} is told once the folder was found new or holding this very sweep, before
     * the first run, so a refused folder gets its one line and nothing said before it. {@code left} is told,
     * in one line each, of a file an earlier analyze or discover listed that a growing sweep left in place
     * ({@link DerivedResults}).
     */
    public Outcome run(Progress progress, BooleanSupplier stop, Runnable checked, Consumer<String> left) {
        Optional<Start> maybe = prepare();
        checked.run();
        if (maybe.isEmpty()) {
            return Outcome.ALREADY_COMPLETE;
        }
        Start start = maybe.get();
        ObjectNode manifest = ManifestBuilder.describe(plan, options.sweepFile(), options.format());
        long began = System.nanoTime();
        Checkpoint resumeFrom = start.fresh() ? null : start.checkpoint();
        Checkpoint before = resumeFrom != null ? resumeFrom : new Checkpoint(plan.hash(), plan.from(), 0, 0, 0);
        if (start.grows()) {
            retractDerived(left); // first: an analyze still writing there refuses this session before anything changes
        }
        writeManifest(manifest, SweepManifest.RUNNING, before, start, began);
        SweepWriter writer = open(resumeFrom);
        Checkpoint from = writer.checkpoint();
        progress.start(plan.runs(), from.runsDone());
        boolean finished;
        try {
            finished = new SweepExecutor(plan, factory, options.threads()).run(from.nextPoint(), writer, progress, stop);
        } catch (RuntimeException | Error e) {
            Checkpoint at = writer.checkpoint();
            writer.close();
            writeManifest(manifest, SweepManifest.INTERRUPTED, at, start, began, from.runsDone());
            throw e;
        } finally {
            progress.close();
        }
        Checkpoint end = writer.checkpoint();
        writer.close();
        if (!finished) {
            writeManifest(manifest, SweepManifest.INTERRUPTED, end, start, began, from.runsDone());
            return Outcome.INTERRUPTED;
        }
        finish(manifest, end, start, began, from.runsDone());
        return Outcome.COMPLETE;
    }

    private Optional<Start> prepare() {
        if (files.emptyOrMissing()) {
            createDir();
            return Optional.of(new Start(null, true, Instant.now(), 0, 1, false));
        }
        if (!Files.exists(files.manifest())) {
            throw new InputException(files.dir() + ": not empty and holds no sweep; choose another --out");
        }
        SweepManifest m = SweepManifest.read(files.dir());
        if (!options.resume()) {
            throw new InputException(files.dir() + ": already holds sweep '" + m.name() + "' (" + m.status()
                    + "); add --resume to continue it, or choose another --out");
        }
        checkSame(m);
        if (m.status().equals(SweepManifest.COMPLETE) && m.toPoint() == plan.to()) {
            return Optional.empty();
        }
        return Optional.of(resumeFrom(m));
    }

    /** Where a sweep already in the directory continues: its checkpoint, or a fresh start without one. */
    private Start resumeFrom(SweepManifest m) {
        Optional<Checkpoint> cp = Checkpoint.read(files.checkpoint());
        Instant started = parse(m.started());
        int sessions = m.sessions() + 1;
        if (cp.isEmpty() || !Files.exists(files.runsCsv()) || !Files.exists(files.pointsCsv())) {
            if (m.status().equals(SweepManifest.COMPLETE)) {
                throw new InputException(files.dir() + ": the sweep there is complete and its journals are gone"
                        + " (Parquet export); it cannot be extended");
            }
            return new Start(null, true, started, m.elapsedSeconds(), sessions, false);
        }
        Checkpoint c = cp.get();
        if (!c.hash().equals(plan.hash()) || c.nextPoint() < plan.from()) {
            throw new InputException(files.checkpoint() + ": does not belong to this sweep; choose another --out");
        }
        if (c.nextPoint() > plan.to()) {
            throw new InputException(files.dir() + ": already holds points up to " + c.nextPoint()
                    + ", beyond this invocation's last point " + plan.to() + " (a smaller --limit?); resume it with: "
                    + ResumeCommand.of(m, files.dir()));
        }
        // A complete sweep continued here grows past its --limit (without journals it was refused above).
        return new Start(c, false, started, m.elapsedSeconds(), sessions, m.status().equals(SweepManifest.COMPLETE));
    }

    /**
     * Refuses to resume a sweep other than the one in the directory, naming what differs and, where an option
     * of this invocation is the cause, the command line that resumes it ({@link ResumeCommand}).
     */
    private void checkSame(SweepManifest m) {
        String resumeWith = "; resume it with: " + ResumeCommand.of(m, files.dir());
        if (!m.hash().equals(plan.hash())) {
            throw new InputException(files.dir() + ": holds a different sweep ('" + m.name() + "', hash "
                    + m.hash().substring(0, Math.min(12, m.hash().length())) + "…, this one "
                    + plan.hash().substring(0, 12) + "…): " + difference(m, resumeWith));
        }
        if (!m.shard().equals(plan.shard()) || m.fromPoint() != plan.from()) {
            throw new InputException(files.dir() + ": holds shard " + m.shard() + " (points from " + m.fromPoint()
                    + "), not shard " + plan.shard() + " (from " + plan.from() + ")" + resumeWith);
        }
        if (!m.format().equals(options.format())) {
            throw new InputException(files.dir() + ": was started with --format " + m.format() + ", not "
                    + options.format() + resumeWith);
        }
    }

    /** What makes this invocation's sweep differ from the one in the directory, most likely cause first. */
    private String difference(SweepManifest m, String resumeWith) {
        if (m.replicates() != plan.replicates()) {
            return "it was started with --replicates " + m.replicates() + ", this one has " + plan.replicates()
                    + resumeWith;
        }
        if (m.posterior() != (plan.draws() != null)) {
            return (m.posterior() ? "it was started with --posterior" : "it was started without --posterior")
                    + resumeWith;
        }
        if (m.rootSeed() != plan.rootSeed()) {
            return "it was started with seed " + m.rootSeed() + ", this one has " + plan.rootSeed()
                    + " (the sweep file's seed, else the scenario's run.seed); set it back to resume,"
                    + " or choose another --out";
        }
        if (m.posterior() && !m.sweep().path("posterior").path("sha256").asText()
                .equals(plan.draws().source().sha256())) {
            return "the posterior file it drew from has changed since; choose another --out";
        }
        return "the sweep file, the scenario or files it names changed since it was started; restore them to"
                + " resume, or choose another --out";
    }

    private SweepWriter open(Checkpoint resumeFrom) {
        Journal runs;
        Journal points;
        Checkpoint start;
        if (resumeFrom == null) {
            runs = Journal.create(files.runsCsv(), org.adoptsim.cli.output.Csv.line(columns.runs()));
            points = Journal.create(files.pointsCsv(), org.adoptsim.cli.output.Csv.line(columns.points()));
            start = new Checkpoint(plan.hash(), plan.from(), runs.length(), points.length(), 0);
        } else {
            runs = Journal.reopen(files.runsCsv(), resumeFrom.runsBytes());
            points = Journal.reopen(files.pointsCsv(), resumeFrom.pointsBytes());
            start = resumeFrom;
        }
        SweepWriter writer = new SweepWriter(columns, plan.strategies(), runs, points, files.checkpoint(), plan.hash(),
                plan.replicates(), start, System::nanoTime, options.checkpointNanos());
        return plan.draws() == null ? writer : writer.sharingParametersInPairs();
    }

    private void finish(ObjectNode manifest, Checkpoint end, Start start, long began, long runsBefore) {
        if (options.format().equals("parquet")) {
            List<Boolean> numeric = plan.parameters().stream().map(p -> p.domain().numeric()).toList();
            TableExport.csvToParquet(files.runsCsv(), files.runs("parquet"), TableSchema.runs(columns, numeric));
            TableExport.csvToParquet(files.pointsCsv(), files.points("parquet"), TableSchema.points(columns, numeric));
        }
        writeManifest(manifest, SweepManifest.COMPLETE, end, start, began, runsBefore);
        if (options.format().equals("parquet")) {
            files.deleteJournals();
        }
    }

    private void writeManifest(ObjectNode manifest, String status, Checkpoint at, Start start, long began) {
        writeManifest(manifest, status, at, start, began, at.runsDone());
    }

    private void writeManifest(ObjectNode manifest, String status, Checkpoint at, Start start, long began,
            long runsBefore) {
        double seconds = (System.nanoTime() - began) / 1e9;
        ManifestBuilder.progress(manifest, at.nextPoint(), at.runsDone(), new ManifestBuilder.Timing(
                start.started(), start.previousSeconds(), seconds, at.runsDone() - runsBefore, start.sessions(),
                options.threads()));
        Instant now = Instant.now();
        var execution = Manifest.Execution.now(options.commandLine(), options.threads(),
                now.minusNanos(System.nanoTime() - began), now);
        if (!status.equals(SweepManifest.COMPLETE)) {
            ManifestBuilder.manifest(plan, options.scenarioFile(), manifest, status, Map.of(), execution)
                    .write(files.dir());
            return;
        }
        Map<String, Manifest.FileEntry> done = new LinkedHashMap<>();
        try {
            for (Path f : List.of(files.runs(options.format()), files.points(options.format()))) {
                done.put(f.getFileName().toString(), Manifest.FileEntry.of(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + files.dir() + ": " + e.getMessage(), e);
        }
        ManifestBuilder.manifest(plan, options.scenarioFile(), manifest, status, done, execution).commit(files.dir());
    }

    /** A complete (limited) sweep is growing: its analysis and discovery describe fewer points than it will hold. */
    private void retractDerived(Consumer<String> left) {
        try {
            DerivedResults.retract(files.dir(), left);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the earlier analysis in " + files.dir() + ": "
                    + org.adoptsim.cli.IoMessages.describe(e), e);
        }
    }

    private void createDir() {
        try {
            Files.createDirectories(files.dir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + files.dir() + ": " + e.getMessage(), e);
        }
    }

    private static Instant parse(String text) {
        try {
            return text == null ? Instant.now() : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.now();
        }
    }
}
