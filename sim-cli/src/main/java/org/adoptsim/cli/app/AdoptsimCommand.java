package org.adoptsim.cli.app;

import java.util.List;
import org.adoptsim.cli.VersionProvider;

import picocli.CommandLine.Command;

/**
 * The top-level {@code adoptsim} command. Each subcommand is a small {@code Callable<Integer>} of its
 * own; exit codes are 0 on success, 2 on bad input (usage, scenario errors), 1 on internal failure.
 */
@Command(name = "adoptsim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Simulate how teams adopt a new internal platform, and compare strategies.",
        // The subcommands are added by Main from SUBCOMMANDS: picocli builds a command's model by
        // reflection when it is added, and a run needs only its own (docs: benchmarks/README.md).
        subcommands = {})
public final class AdoptsimCommand implements Runnable {
    /** Every subcommand, in the order {@code adoptsim --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            picocli.CommandLine.HelpCommand.class,
            org.adoptsim.cli.compare.RunCommand.class,
            org.adoptsim.cli.compare.CompareCommand.class,
            org.adoptsim.cli.report.ReportCommand.class,
            org.adoptsim.cli.history.StateCommand.class,
            org.adoptsim.cli.scenario.command.ValidateCommand.class,
            org.adoptsim.cli.init.InitCommand.class,
            org.adoptsim.cli.scenario.command.PresetsCommand.class,
            org.adoptsim.cli.scenario.command.SchemaCommand.class,
            CompletionCommand.class,
            org.adoptsim.cli.sweep.SweepCommand.class,
            org.adoptsim.cli.sweep.MergeCommand.class,
            org.adoptsim.cli.sweep.AnalyzeCommand.class,
            org.adoptsim.cli.explore.ExploreCommand.class,
            org.adoptsim.cli.decide.discover.DiscoverCommand.class,
            org.adoptsim.cli.decide.optimise.OptimiseCommand.class,
            org.adoptsim.cli.calibrate.CalibrateCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "on an internal error, print the stack trace (also: ADOPTSIM_DEBUG=1)")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
