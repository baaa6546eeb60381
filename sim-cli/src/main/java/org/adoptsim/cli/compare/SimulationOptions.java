package org.adoptsim.cli.compare;

import picocli.CommandLine.Mixin;
import org.adoptsim.cli.options.ThreadsOption;
import org.adoptsim.cli.options.SeedOption;
import org.adoptsim.cli.options.QuietOption;
import org.adoptsim.cli.options.OutOption;
import org.adoptsim.cli.options.ChartsOption;
import java.nio.file.Path;
import java.util.List;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.core.config.RunSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options {@code run} and {@code compare} share (a picocli mixin); unset means "from the scenario". */
public final class SimulationOptions {

    @Option(names = "--replicates", paramLabel = "N",
            description = "Replicates per strategy (default: the scenario's run.replicates).")
    Integer replicates;

    @Mixin
    SeedOption seed;

    @Option(names = "--weeks", paramLabel = "W", description = "Weeks per run (default: the scenario's run.weeks).")
    Integer weeks;

    @Mixin
    ThreadsOption threads;

    @Mixin
    OutOption out;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Mixin
    ChartsOption charts;

    /** {@code --format}, this option's name before {@code --charts}: one line naming the new option. */
    @Option(names = "--format", hidden = true)
    void renamedFormat(String value) {
        throw ChartsOption.renamedFormat(mixee);
    }

    @Option(names = "--posterior", paramLabel = "DIR",
            description = "Draw the parameters a calibration fitted from DIR/posterior.csv: one joint set per"
                + " pair of replicates, so the summary can split parameter uncertainty from simulation noise.")
    Path posterior;

    @Mixin
    QuietOption quiet;

    /** The scenario's run settings with the options applied; a bad value is a usage error. */
    RunSettings settings(RunSettings fromScenario, CommandSpec spec) {
        RunSettings s = fromScenario;
        if (replicates != null) {
            s = s.withReplicates(atLeast(spec, "--replicates", replicates, 1));
        }
        if (weeks != null) {
            s = s.withWeeks(atLeast(spec, "--weeks", weeks, 1));
        }
        if (seed.given() != null) {
            s = s.withSeed(seed.given());
        }
        return s;
    }

    List<ChartFormat> formats() {
        return charts.formats();
    }

    private static int atLeast(CommandSpec spec, String option, int value, int min) {
        if (value < min) {
            throw new ParameterException(spec.commandLine(), option + ": must be at least " + min + ", was " + value);
        }
        return value;
    }
}
