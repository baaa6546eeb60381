package org.adoptsim.cli.compare;

import org.adoptsim.cli.options.Invocation;
import org.adoptsim.cli.options.OutsideFilesOption;
import org.adoptsim.cli.options.ForceOption;
import org.adoptsim.cli.IoMessages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.adoptsim.cli.today.FromOptions;
import org.adoptsim.cli.results.ComparisonAccumulator;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.output.FolderClaim;
import org.adoptsim.cli.output.FolderLock;
import org.adoptsim.cli.calibrate.posterior.PosteriorDraws;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.scenario.ResourceBudget;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.RunResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code run} and {@code compare} share: read the scenario file, apply the options, pick the
 * strategies (the subclass's job), run the {@link ComparisonJob}. A bad option value is a picocli
 * usage error (exit 2); failing to write the output folder is one line on stderr and exit 1.
 */
abstract class SimulationCommand implements Callable<Integer> {
    static final int IO_FAILURE = 1;

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Mixin
    SimulationOptions options;

    @Mixin
    OutsideFilesOption outsideFiles;

    @Mixin
    ForceOption force;

    @Mixin
    FromOptions fromState;

    @Spec
    CommandSpec spec;

    /** Told the number of finished replicates after each one; a test hook. */
    LongConsumer onReplicate = done -> { };

    /**
     * What else receives each replicate's results (run --history, which names the teams as
     * {@code loaded} does); nothing by default.
     */
    Consumer<List<RunResult>> alsoTo(ScenarioInput loaded) {
        return r -> { };
    }

    /** The strategies to run, in order, and the index of the baseline among them. */
    abstract Selection select(Scenario scenario);

    /** The metric the verdict ranks strategies on; a name the catalogue does not rank on is a usage error. */
    String objective(MetricCatalog catalog) {
        return ComparisonAccumulator.DEFAULT_OBJECTIVE;
    }

    /** With {@code --decompose A,B}: the indices of A and B among the strategies run; else empty. */
    List<Integer> decompose(List<Strategy> strategies) {
        return List.of();
    }

    record Selection(List<Strategy> strategies, int baseline) {
    }

    @Override
    public Integer call() throws IOException {
        org.adoptsim.cli.chart.ChartWarmup.startInBackground(); // beside the scenario's reading, not the runs
        org.adoptsim.cli.output.Sha256.warmUpInBackground(); // for the data files' hashes after the runs
        ScenarioInput loaded = TodayOutputs.withState(new ScenarioFiles().read(file, outsideFiles.given()), fromState);
        Scenario s = loaded.scenario();
        if (options.weeks != null) {
            ResourceBudget.checkWeeks(options.weeks, "--weeks");
        }
        Scenario configured = s.withRun(options.settings(s.run(), spec));
        Selection sel = select(configured);
        Path dir = options.out.folder(() -> Path.of("out", defaultFolder(slug(configured.name()), sel)));
        ResourceBudget.checkMemory(configured, options.threads.count(), loaded.file(), Runtime.getRuntime().maxMemory());
        ResourceBudget.checkOutput(configured, sel.strategies().size(), dir);
        PosteriorDraws draws = options.posterior == null ? null : PosteriorDraws.read(options.posterior, file);
        ScenarioInput input = loaded.withScenario(configured);
        if (draws != null) {
            // The manifest names the posterior (path and SHA-256) beside the files the scenario names.
            input = input.withInputs(List.of(draws.source()));
        }
        JobSpec job = new JobSpec(spec.name(), input,
                sel.strategies(), sel.baseline(), options.threads.count(), new OutputFolder(dir),
                options.formats(), !options.quiet.given() && System.console() != null, !options.quiet.given(), Invocation.text(spec),
                objective(new MetricCatalog(configured.run().weeks())), decompose(sel.strategies()));
        Consumer<List<RunResult>> also = alsoTo(loaded);
        if (draws != null) {
            draws.perReplicate(configured).apply(0); // a drawn set the scenario refuses fails here, before any file
        }
        FolderClaim.checkNotOver(new OutputFolder(dir), readFiles(input));
        try (FolderLock lock = FolderLock.acquire(job.out().dir(), spec.name())) {
            new FolderClaim(spec.name(), job.names(), loaded.file()).check(job.out(), force.given());
            ComparisonJob comparison = new ComparisonJob(job, onReplicate, also, draws);
            int exit = comparison.execute(spec.commandLine().getOut(), spec.commandLine().getErr());
            if (comparison.split() != null && !options.quiet.given()) {
                comparison.split().print(spec.commandLine().getOut());
            }
            return exit;
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            spec.commandLine().getErr().println("adoptsim " + spec.name() + ": cannot write the outputs in "
                    + job.out().dir() + ": " + IoMessages.describe(io));
            return IO_FAILURE;
        }
    }

    /** The files the run reads: the scenario (unless built in) and those it names, a state and posterior included. */
    private static List<String> readFiles(ScenarioInput input) {
        List<String> read = new java.util.ArrayList<>();
        if (input.file() != null) {
            read.add(input.file());
        }
        if (input.inputs() != null) {
            input.inputs().forEach(i -> read.add(i.file()));
        }
        return read;
    }

    /**
     * The folder under {@code out/} written without {@code --out}: the scenario's name as a file name
     * ({@code scenarioSlug}); {@code run} adds its strategy, so that a run never lands in the folder of
     * the comparison it is part of.
     */
    String defaultFolder(String scenarioSlug, Selection selection) {
        return scenarioSlug;
    }

    /** {@code name} as a file name: lower case, each run of other characters than a-z 0-9 . _ - one '-'. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "scenario" : slug;
    }

    /** Finds a strategy by name, or fails with a usage error listing the scenario's strategies. */
    int indexOf(Scenario s, String option, String name) {
        List<String> names = s.strategies().stream().map(Strategy::name).toList();
        int i = names.indexOf(name);
        if (i < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + ": no strategy '" + name
                    + "' in scenario " + s.name() + " (it has: " + String.join(", ", names) + ")");
        }
        return i;
    }
}
