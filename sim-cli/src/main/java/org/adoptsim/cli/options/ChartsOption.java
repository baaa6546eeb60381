package org.adoptsim.cli.options;

import org.adoptsim.cli.InputException;
import org.adoptsim.cli.chart.ChartFormat;
import picocli.CommandLine.Option;

/** {@code --charts FORMAT} (a picocli mixin): the chart format analyze, discover and optimise write, or none. */
public final class ChartsOption {
    @Option(names = "--charts", paramLabel = "FORMAT", description = "Chart format: png (default), svg, pdf or none.")
    String charts = "png";

    /** The format asked for, or null for {@code none}; a one-line error naming --charts for anything else. */
    public ChartFormat format() {
        if (charts.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return ChartFormat.parse(charts);
        } catch (IllegalArgumentException e) {
            throw new InputException("--charts: must be png, svg, pdf or none, was '" + charts + "'");
        }
    }
}
