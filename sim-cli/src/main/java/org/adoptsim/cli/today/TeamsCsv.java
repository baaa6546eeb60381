package org.adoptsim.cli.today;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.adoptsim.cli.output.Csv;

/**
 * {@code teams.csv}: one row per strategy and team, in strategy then team order —
 * {@code strategy, team, p_done_52, p_done_104, p_adopted_52, p_adopted_104, median_done_week,
 * top_reason, top_reason_share}. Weeks are calendar weeks; an empty {@code median_done_week} means
 * the team was not done in half of the runs or more; {@code top_reason} is {@code done} for a team
 * done in every run, and names the function of a sign-off, e.g. {@code sign-off:security}.
 */
public final class TeamsCsv {
    public static final String FILE = "teams.csv";
    public static final List<String> HEADER = List.of("strategy", "team", "p_done_52", "p_done_104", "p_adopted_52",
            "p_adopted_104", "median_done_week", "top_reason", "top_reason_share");

    private TeamsCsv() {
    }

    public static void write(TeamForecast f, Writer w) throws IOException {
        Csv csv = new Csv(w);
        csv.row(HEADER);
        for (int s = 0; s < f.strategies().size(); s++) {
            for (int i = 0; i < f.teamNames().size(); i++) {
                csv.cell(f.strategies().get(s)).cell(f.teamNames().get(i));
                csv.cell(f.pDone(s, i, 0)).cell(f.pDone(s, i, 1)).cell(f.pAdopted(s, i, 0)).cell(f.pAdopted(s, i, 1));
                int median = f.medianDoneWeek(s, i);
                csv.cell(median < 0 ? "" : Integer.toString(median));
                csv.cell(f.topReasonId(s, i)).cell(f.topReasonShare(s, i)).end();
            }
        }
    }
}
