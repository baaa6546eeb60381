package org.adoptsim.cli.compare;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.output.Comparison;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.scenario.input.InputFile;
import org.adoptsim.cli.today.FromOptions;
import org.adoptsim.cli.today.LaggardTable;
import org.adoptsim.cli.today.TeamForecast;
import org.adoptsim.cli.today.TeamsCsv;
import org.adoptsim.core.config.ObservedState;

/**
 * The start-from-state option and the per-team forecast's touch points in run/compare, kept here so
 * the command and the job change by a line each.
 */
final class TodayOutputs {
    private TodayOutputs() {
    }

    /**
     * The scenario with the state of {@code --from … --week …}, if given, in place of its own start block; the
     * state file joins the inputs (once), and the input records what it replaced for the manifest.
     */
    static ScenarioInput withState(ScenarioInput in, FromOptions o) {
        List<InputFile> inputs = FromOptions.copy(in.inputs());
        ObservedState state = o.state(in.teamNames(), in.scenario(), inputs);
        if (state == null) {
            return in;
        }
        ObservedState own = in.scenario().start();
        return new ScenarioInput(in.scenario().withStart(state), in.file(), in.sha256(), in.description(), inputs,
                in.teamNames(), new Comparison.StartFrom(o.file(), own == null ? -1 : own.week()));
    }

    static TeamForecast forecast(ScenarioInput sc, List<String> strategies) {
        return new TeamForecast(strategies, sc.names(), sc.scenario().start(), sc.scenario().run().weeks());
    }

    /** Writes teams.csv atomically; returns its name for the manifest. */
    static String writeTeams(OutputFolder folder, TeamForecast f) throws IOException {
        AtomicFile.writeText(folder.file(TeamsCsv.FILE), w -> TeamsCsv.write(f, w));
        return TeamsCsv.FILE;
    }

    static void printLaggards(TeamForecast f, PrintWriter out) {
        LaggardTable.print(f, LaggardTable.SHOWN, out);
        out.flush();
    }
}
