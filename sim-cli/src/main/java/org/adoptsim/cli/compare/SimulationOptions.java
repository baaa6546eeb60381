package org.adoptsim.cli.compare;

import picocli.CommandLine.Mixin;
import org.adoptsim.cli.options.ThreadsOption;
import org.adoptsim.cli.options.SeedOption;
import org.adoptsim.cli.options.QuietOption;
import org.adoptsim.cli.options.OutOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.core.config.RunSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class,
            description = "Chart formats, comma-separated: png, svg, pdf (default: png).")
    List<ChartFormat> formats;

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
        List<ChartFormat> f = new ArrayList<>();
        for (ChartFormat c : formats == null ? List.of(ChartFormat.PNG) : formats) {
            if (!f.contains(c)) {
                f.add(c);
            }
        }
        return f;
    }

    private static int atLeast(CommandSpec spec, String option, int value, int min) {
        if (value < min) {
            throw new ParameterException(spec.commandLine(), option + ": must be at least " + min + ", was " + value);
        }
        return value;
    }

    /** Parses one chart format name, case-insensitively. */
    static final class FormatConverter implements ITypeConverter<ChartFormat> {
        @Override
        public ChartFormat convert(String value) {
            try {
                return ChartFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
