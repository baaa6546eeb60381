package org.adoptsim.cli.calibrate;

import picocli.CommandLine.Mixin;
import org.adoptsim.cli.ExitCodes;
import org.adoptsim.cli.options.QuietOption;
import org.adoptsim.cli.options.ThreadsOption;
import org.adoptsim.cli.options.SeedOption;
import org.adoptsim.cli.options.OutOption;
import java.time.Instant;
import org.adoptsim.cli.options.Invocation;
import org.adoptsim.cli.output.FolderLock;
import org.adoptsim.cli.output.OwnFolder;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.ManifestCommit;
import org.adoptsim.cli.output.OutputFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.calibrate.posterior.FitParameter;
import org.adoptsim.cli.calibrate.posterior.ParameterPaths;
import org.adoptsim.cli.calibrate.posterior.RuleDefaults;
import org.adoptsim.cli.console.StopSignal;
import org.adoptsim.cli.history.HistoryReader;
import org.adoptsim.cli.history.MigrationLog;
import org.adoptsim.cli.output.Sha256;
import org.adoptsim.cli.scenario.LoadContext;
import org.adoptsim.cli.scenario.TeamNames;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.cli.scenario.input.TextFile;
import org.adoptsim.cli.sweep.overrides.YamlScenarioFactory;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code adoptsim calibrate SCENARIO --log LOG --fit PARAM,…}: fits the named scenario parameters to an
 * organisation's migration log by ABC-SMC and writes the posterior, a per-parameter summary and the
 * predictive checks. Bad input is one located line (exit 2); Ctrl-C keeps the finished generations
 * in the checkpoint and exits 130; {@code --resume} continues from it.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Fits scenario parameters to a migration log (team, start_week, done_week, status) by ABC-SMC.",
            "Writes posterior.csv, parameters.csv, generations.csv, predictive.csv, checks.csv and"
                + " charts/predictive.png. Ctrl-C keeps finished generations; --resume continues."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  adoptsim calibrate scenarios/acme-today/acme-calibrate.yaml \\",
            "      --log scenarios/acme-today/acme-log.csv \\",
            "      --fit organisation.attributes.effort.median,rules.decisions.attention \\",
            "      --cutoff 30"})
public final class CalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path file;

    @Option(names = "--log", required = true, paramLabel = "LOG", description = "The migration log (CSV).")
    Path logFile;

    @Option(names = "--fit", required = true, split = ",", paramLabel = "PARAM",
            description = "Scenario paths to fit, comma-separated, e.g. rules.decisions.attention.")
    List<String> fit;

    @Option(names = "--priors", paramLabel = "FILE",
            description = "YAML: PARAM: {min: A, max: B, scale: log|linear} (default: the scenario's value ×/÷ 3,"
                + " at most 1 for a value <= 1; for a real-valued rule it does not write, the same around the"
                + " rule's default, an assumption).")
    Path priors;

    @Option(names = "--cutoff", paramLabel = "WEEK|DATE",
            description = "Fit the log up to this week; later weeks are the hold-out check (default: the log's last event).")
    String cutoff;

    @Option(names = "--start-date", paramLabel = "YYYY-MM-DD", description = "The date of week 0, for logs in dates.")
    String startDate;

    @Option(names = "--strategy", paramLabel = "NAME", description = "The strategy the organisation followed"
            + " (default: the scenario's first).")
    String strategy;

    @Option(names = "--particles", paramLabel = "N", defaultValue = "500", description = "Particles per generation (default: ${DEFAULT-VALUE}).")
    int particles;

    @Option(names = "--generations", paramLabel = "G", defaultValue = "8", description = "Most generations (default: ${DEFAULT-VALUE}).")
    int generations;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "2000000", description = "Simulation budget (default: ${DEFAULT-VALUE}).")
    long maxRuns;

    @Option(names = "--predictive", paramLabel = "N", defaultValue = "200", description = "Posterior predictive runs for the checks (default: ${DEFAULT-VALUE}).")
    int predictive;

    @Mixin
    SeedOption seed;

    @Mixin
    ThreadsOption threads;

    @Mixin
    OutOption out;

    @Option(names = "--resume", description = "Continue from the checkpoint in the output folder, if it is of this fit"
            + " (same scenario, log, parameters, priors, cutoff, strategy, particles and seed; --generations may grow).")
    boolean resume;

    @Mixin
    QuietOption quietOption;

    @Spec
    CommandSpec spec;

    /**
     * The line for a log that lists another number of teams than the scenario has. More: it lists teams the
     * scenario does not have. Fewer: which one is missing (the first in the scenario's order, quoted short)
     * and how many more, and what a row for a team that has not started looks like. Without a teams file, a
     * log that names its teams otherwise than {@code team-K} is read in row order, so the missing ones are the
     * last.
     */
    private static String teamCountMismatch(Path logFile, MigrationLog log, List<String> names, int teams) {
        if (log.size() > teams) {
            return logFile + ": the log lists " + log.size() + " teams, the scenario has " + teams
                    + " (organisation.teams): a log has one row per team of the scenario";
        }
        List<String> all = TeamNames.names(names == null ? List.of() : names, teams);
        Set<String> listed = new HashSet<>(log.teams());
        List<String> missing = all.stream().filter(n -> !listed.contains(n)).toList();
        if (missing.size() != teams - log.size()) {
            missing = all.subList(log.size(), teams);
        }
        return logFile + ": the log lists " + log.size() + " of the scenario's " + teams + " teams (organisation.teams)"
                + "; missing " + Excerpt.quoted(missing.get(0))
                + (missing.size() > 1 ? " and " + (missing.size() - 1) + " more" : "")
                + ": calibrate needs a row for every team, with empty start_week and done_week for one not started";
    }

    @Override
    public Integer call() throws IOException {
        String display = file.toString();
        byte[] bytes = TextFile.bytes(file, display, ScenarioLoader.MAX_BYTES, null, "");
        LoadedScenario loaded = ScenarioLoader.parse(bytes, display, LoadContext.of(file, display));
        Scenario scenario = loaded.scenario();
        Strategy followed = strategy == null ? scenario.strategies().get(0) : scenario.strategy(strategy).orElseThrow(
                () -> new InputException("--strategy: no strategy '" + strategy + "' in " + display));
        YNode tree = YamlTreeReader.read(TextFile.decode(bytes, display), display, YamlLimits.defaults());
        if (scenario.start() != null) {
            String why = "calibrate fits a log from the initiative's week 0, and this scenario's runs start at"
                    + " calendar week " + scenario.start().week() + " from a state; fit a copy without the start"
                    + " block, then give its posterior to run or compare (--posterior)";
            SourceLocation at = tree instanceof YMap root ? root.entries().stream().filter(e -> e.key().equals("start"))
                    .map(YMap.Entry::keyAt).findFirst().orElse(null) : null;
            throw at == null ? new InputException(display + ": start: " + why) : new LocatedException(at, "start", why);
        }
        check(particles >= 10, "--particles: must be at least 10, was " + particles);
        // held in memory with their parameters and distances: two billion ended in an out-of-memory exit 1
        check(particles <= 1_000_000, "--particles: at most 1,000,000, was " + particles);
        check(generations >= 1, "--generations: must be at least 1, was " + generations);
        check(predictive >= 10, "--predictive: must be at least 10, was " + predictive);
        // The prior sample alone runs one simulation per particle; a smaller budget ended in an internal error.
        check(maxRuns >= particles, "--max-runs: must be at least --particles (" + particles + "), was " + maxRuns);
        LocalDate start = startDate == null ? null : date("--start-date", startDate);
        List<String> names = loaded.teamNames() == null || loaded.teamNames().isEmpty() ? null : loaded.teamNames();
        MigrationLog log = new HistoryReader(start, names).read(logFile, logFile.toString());
        if (log.size() != scenario.organisation().teams()) {
            throw new InputException(teamCountMismatch(logFile, log, names, scenario.organisation().teams()));
        }
        int fitTo = cutoff == null ? Math.max(1, log.lastEvent()) : week(cutoff, start);
        int end = Math.max(fitTo, log.lastEvent());
        List<FitParameter> params = ParameterPaths.resolve(tree, fit).stream()
                .map(p -> atDefault(p, scenario.rules())).toList();
        Priors.Given given = Priors.read(params, priors, priors == null ? null : priors.toString());
        Prior prior = given.prior();
        YamlScenarioFactory factory = new YamlScenarioFactory(file, display, Map.of());
        PriorCheck.check(factory, params, given);
        ScenarioModel model = new ScenarioModel(factory, params, given, followed.name(), fitTo);
        int t = threads.count();
        long s = seed.orElse(scenario.run().seed());
        AbcSettings settings = AbcSettings.defaults().withParticles(particles).withGenerations(generations)
                .withMaxSimulations(maxRuns).withThreads(t).withSeed(s);
        Path dir = out.folder(() -> Path.of("out", "calibrate-" + slug(scenario.name())));
        // Every check that can refuse the input has run (PriorCheck included) before the folder is made, so a
        // refused input leaves no folder. The lock file is never deleted: deleting it while another writer has
        // it open would let two writers lock two different files.
        OwnFolder.check(new OutputFolder(dir), "calibrate");
        try (FolderLock lock = FolderLock.acquire(dir, "calibrate")) {
            Instant began = Instant.now();
            OwnFolder.check(new OutputFolder(dir), "calibrate");
            ManifestCommit.retract(dir);
            String identity = String.join("|", Sha256.of(bytes), Sha256.of(logFile), String.valueOf(fitTo),
                    String.join(",", fit), priors == null ? "" : Sha256.of(priors), followed.name(),
                    String.valueOf(particles), String.valueOf(s));
            boolean mandate = !Mandate.NONE.trigger().equals(followed.mandate().trigger());
            Calibration job = Calibration.builder().model(model).prior(prior).log(log, fitTo, end).settings(settings)
                    .predictive(predictive).mandate(mandate).fit(identity).out(dir).build();
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter outw = spec.commandLine().getOut();
            try (StopSignal guard = StopSignal.interruptWhileWorking()) {
                Calibration.Outcome o;
                try {
                    o = job.run(resume, quietOption.given() ? null : err);
                } catch (InterruptedException e) {
                    guard.workDone();
                    err.println("adoptsim calibrate: interrupted; the finished generations are in " + dir.resolve(Checkpoint.FILE)
                            + " (run again with --resume to continue)");
                    return ExitCodes.INTERRUPTED;
                }
                guard.workDone();
                commit(dir, scenario, display, bytes, followed.name(), fitTo, s, t, began);
                if (!quietOption.given()) {
                    Report.print(outw, o, dir, t);
                }
            }
            return 0;
        }
    }

    /** Writes manifest.json last, listing the fit's files once each is checked (not the checkpoint: state). */
    private void commit(Path dir, Scenario scenario, String display, byte[] bytes, String followed, int fitTo,
            long seedUsed, int threadCount, Instant began) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String f : List.of(CalibrationFiles.POSTERIOR, CalibrationFiles.PARAMETERS, CalibrationFiles.GENERATIONS,
                CalibrationFiles.PREDICTIVE, CalibrationFiles.CHECKS, "charts/predictive.png")) {
            if (java.nio.file.Files.isRegularFile(dir.resolve(f))) {
                files.add(dir.resolve(f));
            }
        }
        ManifestCommit.commit(new OutputFolder(dir), Manifest.of("calibrate").seed(seedUsed)
                .scenario(new Manifest.ScenarioInfo(scenario.name(), scenario.organisation().teams(), display,
                        Sha256.of(bytes), null, null))
                .files(ManifestCommit.entries(dir, files))
                .section(Manifest.Section.of("calibration", n -> {
                    n.putObject("log").put("file", logFile.toString()).put("sha256", sha256(logFile));
                    fit.forEach(n.putArray("fit")::add);
                    n.put("priors", priors == null ? null : priors.toString());
                    n.put("strategy", followed).put("fitToWeek", fitTo).put("particles", particles)
                            .put("generations", generations).put("predictive", predictive);
                }))
                .execution(Manifest.Execution.now(Invocation.text(spec), threadCount, began, Instant.now())).build());
    }

    private static String sha256(Path f) {
        try {
            return Sha256.of(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // one line naming the file, exit 1 (app.Failures)
        }
    }

    private int week(String value, LocalDate start) {
        if (value.matches("\\d{1,9}")) {
            return Integer.parseInt(value);
        }
        LocalDate d = date("--cutoff", value);
        if (start == null) {
            throw new InputException("--cutoff: " + value + " is a date; give --start-date (the date of week 0)");
        }
        long days = ChronoUnit.DAYS.between(start, d);
        check(days >= 0, "--cutoff: " + value + " is before --start-date " + start);
        return (int) (days / 7);
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputException(option + ": expected a week or a date YYYY-MM-DD, was '" + value + "'");
        }
    }

    /**
     * A parameter the scenario does not write, at the value the scenario runs with when it is a rules field
     * (its default, around which the default prior is drawn); a rules field that is not a real number (a
     * whole number, a switch, a choice) is refused here, rather than sent to {@code --priors} for a range.
     */
    private static FitParameter atDefault(FitParameter p, Rules rules) {
        if (!Double.isNaN(p.current())) {
            return p;
        }
        Object v = RuleDefaults.value(rules, p.path());
        if (v != null && !(v instanceof Double)) {
            throw new InputException("--fit " + p.name() + ": cannot be fitted, fitted values are real numbers and"
                    + " this rule is " + (v instanceof Boolean ? "a switch (" + v + " by default)"
                            : v instanceof Number ? "a whole number (" + v + " by default)" : "not a number"));
        }
        return new FitParameter(p.name(), p.path(), RuleDefaults.at(rules, p.path()));
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new InputException(message);
        }
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "scenario" : s;
    }
}
