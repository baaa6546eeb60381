package org.adoptsim.cli.compare;

import java.util.List;
import org.adoptsim.core.config.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adoptsim run FILE}: one strategy of the scenario over its replicates. Its runs are the same as
 * that strategy's runs in {@code compare} (same seed, same replicates).
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs one strategy of the scenario over many replicates and reports its outcomes.",
            "Writes runs.csv, weekly.csv, summary.csv, teams.csv, manifest.json, charts/ and report.html/.md to the"
                + " output folder (default: out/<scenario>-<strategy>, beside compare's out/<scenario>). Ctrl-C stops"
                + " early and keeps the replicates that finished, marked partial."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  adoptsim run scenarios/platform-migration.yaml --strategy earn-then-mandate",
            "  adoptsim run my-org.yaml --strategy earned --replicates 500 --weeks 156",
            "  adoptsim run my-org.yaml --strategy pure-mandate --quiet --out results/pure"})
public final class RunCommand extends SimulationCommand {

    @Option(names = "--strategy", paramLabel = "NAME",
            description = "Strategy to run (default: the scenario's first).")
    String strategy;

    @Option(names = "--history", paramLabel = "DIR",
            description = "Also write each replicate's migration log (team, start_week, done_week, status) to"
                + " DIR/replicate-NNNN.csv: the format calibrate reads. From today's state (a start block or"
                + " --from) the weeks are calendar weeks and the state's done teams keep their done week.")
    java.nio.file.Path history;

    @Override
    java.util.function.Consumer<List<org.adoptsim.core.result.RunResult>> alsoTo(ScenarioInput loaded) {
        if (history != null && java.nio.file.Files.exists(history) && !java.nio.file.Files.isDirectory(history)) {
            // Before any output: it was "cannot write the outputs in OUT: cannot write: FILE", exit 1, after the runs.
            throw new org.adoptsim.cli.InputException("--history: " + history + " is a file, not a folder; give a"
                    + " folder for the replicates' logs");
        }
        return history == null ? super.alsoTo(loaded)
                : new org.adoptsim.cli.history.HistoryFolder(history, loaded.teamNames(), loaded.scenario().start());
    }

    /** {@code out/<scenario>-<strategy>}: beside the scenario's comparison ({@code out/<scenario>}), not in it. */
    @Override
    String defaultFolder(String scenarioSlug, Selection selection) {
        return scenarioSlug + "-" + slug(selection.strategies().get(0).name());
    }

    @Override
    Selection select(Scenario s) {
        int i = strategy == null ? 0 : indexOf(s, "--strategy", strategy);
        return new Selection(List.of(s.strategies().get(i)), 0);
    }
}
