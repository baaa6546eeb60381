package org.adoptsim.cli.compare;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.today.LaggardTable;
import org.adoptsim.cli.today.TeamForecast;
import org.adoptsim.cli.today.TeamsCsv;

/** The per-team forecast's three touch points in a comparison job, kept here so the job changes by a line each. */
final class TodayOutputs {
    /** Laggards listed per strategy in the terminal summary. */
    static final int LAGGARDS = 5;

    private TodayOutputs() {
    }

    static TeamForecast forecast(ScenarioInput sc, List<String> strategies) {
        var start = sc.scenario().start();
        return new TeamForecast(strategies, sc.names(), start == null ? 0 : start.week(), sc.scenario().run().weeks());
    }

    /** Writes teams.csv atomically; returns its name for the manifest. */
    static String writeTeams(OutputFolder folder, TeamForecast f) throws IOException {
        AtomicFile.writeText(folder.file(TeamsCsv.FILE), w -> TeamsCsv.write(f, w));
        return TeamsCsv.FILE;
    }

    static void printLaggards(TeamForecast f, PrintWriter out) {
        LaggardTable.print(f, LAGGARDS, out);
        out.flush();
    }
}
