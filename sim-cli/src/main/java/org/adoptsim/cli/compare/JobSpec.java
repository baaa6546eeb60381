package org.adoptsim.cli.compare;

import java.util.List;
import org.adoptsim.cli.chart.ChartFormat;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;

/**
 * Everything a {@link ComparisonJob} needs, after the command line has been parsed and checked.
 *
 * @param command     "run" or "compare"
 * @param scenario    the scenario with the command-line overrides applied to its run settings
 * @param strategies  the strategies to run, in order
 * @param baseline    index of the baseline in {@code strategies}
 * @param progress    whether a progress bar may be shown
 * @param verbose     whether to print the summary (false with --quiet)
 * @param commandLine the command line as typed, for the manifest
 * @param objective   the catalogue metric the verdict ranks strategies on
 * @param decompose   with {@code --decompose A,B}: the indices of A and B in {@code strategies}; else empty
 */
record JobSpec(String command, ScenarioInput scenario, List<Strategy> strategies, int baseline, int threads,
        OutputFolder out, List<ChartFormat> formats, boolean progress, boolean verbose, String commandLine,
        String objective, List<Integer> decompose) {

    JobSpec {
        strategies = List.copyOf(strategies);
        decompose = List.copyOf(decompose);
        formats = List.copyOf(formats);
    }

    Scenario model() {
        return scenario.scenario();
    }

    boolean paired() {
        return strategies.size() > 1;
    }

    List<String> names() {
        return strategies.stream().map(Strategy::name).toList();
    }
}
