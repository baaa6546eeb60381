package org.adoptsim.cli.compare;

import org.adoptsim.core.config.Scenario;
import picocli.CommandLine.Command;
import java.util.List;
import org.adoptsim.cli.results.Metric;
import org.adoptsim.cli.results.MetricCatalog;
import org.adoptsim.cli.text.Suggest;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code adoptsim compare FILE}: every strategy of the scenario on the same replicates, against a baseline. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs every strategy of the scenario on the same replicates (the same drawn organisation and the same"
                + " random events for each strategy), and reports each strategy's outcomes and its paired"
                + " difference from the baseline.",
            "Writes runs.csv, weekly.csv, summary.csv, paired.csv, manifest.json, charts/ and report.html/.md to"
                + " the output folder. Ctrl-C stops early and keeps the replicates that finished, marked partial."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  adoptsim compare scenarios/platform-migration.yaml",
            "  adoptsim compare my-org.yaml --replicates 2000 --seed 7 --baseline earned",
            "  adoptsim compare my-org.yaml --weeks 156 --format png,svg,pdf --out results/q3"})
public final class CompareCommand extends SimulationCommand {

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "Strategy the others are compared with (default: the scenario's first).")
    String baseline;

    @Option(names = "--objective", paramLabel = "METRIC",
            description = "Metric the verdict ranks strategies on, in its own direction (default: net_hours;"
                + " also adopted_share_52, final_adopted_share, final_done_share, hours_migration, ...).")
    String objective;

    @Override
    String objective(MetricCatalog catalog) {
        if (objective == null) {
            return super.objective(catalog);
        }
        List<String> known = catalog.objectives().stream().map(Metric::id).toList();
        if (!known.contains(objective)) {
            throw new ParameterException(spec.commandLine(), "--objective: no metric '" + objective + "' to rank on"
                    + Suggest.didYouMean(objective, known) + " (known: " + String.join(", ", known) + ")");
        }
        return objective;
    }

    @Override
    Selection select(Scenario s) {
        int base = baseline == null ? 0 : indexOf(s, "--baseline", baseline);
        return new Selection(s.strategies(), base);
    }
}
