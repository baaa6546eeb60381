package org.adoptsim.cli.compare;

import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
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
            "Opens with the verdict: the best strategy on --objective and what it costs and risks.",
            "Writes runs.csv, weekly.csv, summary.csv, paired.csv, best.csv, caveats.csv, teams.csv,"
                + " manifest.json, charts/, report.html/.md, the one-page brief.md/.pdf (of two or more"
                + " strategies), decompose.csv (with --decompose) and, for a scenario with functions:,"
                + " functions.csv and functions-weekly.csv to the output folder (default: out/<scenario>)."
                + " Ctrl-C stops early and keeps the replicates that finished, marked partial."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  adoptsim compare scenarios/platform-migration.yaml",
            "  adoptsim compare my-org.yaml --replicates 2000 --seed 7 --baseline earned",
            "  adoptsim compare scenarios/platform-migration.yaml \\",
            "      --decompose mandate-early,earn-then-mandate",
            "  adoptsim compare my-org.yaml --weeks 156 --charts png,svg,pdf --out results/q3"})
public final class CompareCommand extends SimulationCommand {

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "Strategy the others are compared with (default: the scenario's first).")
    String baseline;

    @Option(names = "--objective", paramLabel = "METRIC",
            description = "Metric the verdict ranks strategies on, in its own direction (default: net_hours;"
                + " also adopted_share_52, final_adopted_share, final_done_share, hours_migration, ...).")
    String objective;

    @Option(names = "--decompose", paramLabel = "A,B", split = ",",
            description = "Also run A's timing with B's investments and the reverse on the same replicates, and split"
                + " A - B into a timing effect, an investment effect and their interaction (decompose.csv).")
    List<String> decompose;

    @Override
    List<Integer> decompose(List<Strategy> strategies) {
        if (decompose == null) {
            return List.of();
        }
        List<String> names = strategies.stream().map(Strategy::name).toList();
        if (decompose.size() != 2 || decompose.get(0).equals(decompose.get(1))) {
            throw new ParameterException(spec.commandLine(), "--decompose: two different strategies, as A,B");
        }
        List<Integer> out = new java.util.ArrayList<>();
        for (String n : decompose) {
            int i = names.indexOf(n);
            if (i < 0) {
                throw new ParameterException(spec.commandLine(), "--decompose: no strategy '" + n + "'"
                        + Suggest.didYouMean(n, names) + " (it has: " + String.join(", ", names) + ")");
            }
            out.add(i);
        }
        return out;
    }

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
