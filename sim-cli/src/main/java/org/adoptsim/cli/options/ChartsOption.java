package org.adoptsim.cli.options;

import org.adoptsim.cli.Excerpt;
import java.util.List;
import java.util.ArrayList;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.chart.ChartFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --charts FORMAT} (a picocli mixin): the chart formats a command writes. analyze, discover and optimise
 * write one format or none; compare, run and report (whose report draws every chart) one or more,
 * comma-separated. Not given: png, except for report, which keeps the formats of the run it rebuilds.
 */
public final class ChartsOption {
    @Option(names = "--charts", paramLabel = "FORMAT",
            description = "Chart format: png (default), svg, pdf, or none for no charts; compare, run and report always"
                + " draw charts and take several formats, comma-separated (report: those of the run by default).")
    String charts;

    /** Whether --charts was given. */
    public boolean given() {
        return charts != null;
    }

    /** The one format asked for, or null for {@code none}; a one-line error naming --charts for anything else. */
    public ChartFormat format() {
        if (charts == null) {
            return ChartFormat.PNG;
        }
        if (charts.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return ChartFormat.parse(charts);
        } catch (IllegalArgumentException e) {
            throw new InputException("--charts: must be png, svg, pdf or none, was " + Excerpt.quoted(charts));
        }
    }

    /** The formats asked for, comma-separated, each once in the order given; at least one (no {@code none}). */
    public List<ChartFormat> formats() {
        List<ChartFormat> out = new ArrayList<>();
        for (String f : (charts == null ? "png" : charts).split(",", -1)) {
            try {
                ChartFormat c = ChartFormat.parse(f);
                if (!out.contains(c)) {
                    out.add(c);
                }
            } catch (IllegalArgumentException e) {
                throw new InputException("--charts: must be png, svg or pdf, comma-separated, was " + Excerpt.quoted(charts));
            }
        }
        return out;
    }

    /**
     * The one line for {@code --format}, the name compare, run and report gave chart formats before
     * {@code --charts} (sweep's {@code --format} is csv or parquet): a command keeping that name as a hidden
     * option throws this, naming itself.
     */
    public static ParameterException renamedFormat(CommandSpec command) {
        return new ParameterException(command.commandLine(), "--format is now --charts on " + command.name()
                + " (chart formats, e.g. --charts png,svg); --format is sweep's table format");
    }
}
