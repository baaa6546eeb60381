package org.adoptsim.cli.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.text.Num;
import org.adoptsim.cli.text.TextTable;
import org.adoptsim.cli.today.LaggardTable;
import org.adoptsim.cli.today.TeamsCsv;

/**
 * "Teams most likely to lag" for report.md and report.html, read back from the folder's teams.csv
 * (checked against the manifest) and ranked by {@link LaggardTable#rank}, so the reports name the same
 * teams, in the same order, as the terminal: per strategy the {@link LaggardTable#SHOWN} teams least likely
 * to be done by calendar week 104, each with its chances of being done and adopted, its median done week
 * and its most frequent reason for not being done. A folder without teams.csv gets no table.
 */
final class LaggardReport {
    private LaggardReport() {
    }

    static Optional<TextTable> read(OutputFolder folder, Manifest m) throws IOException {
        if (!m.files().containsKey(TeamsCsv.FILE)) {
            return Optional.empty();
        }
        folder.verify(m, TeamsCsv.FILE);
        return Optional.of(of(CsvTable.read(folder.file(TeamsCsv.FILE)), m.strategies()));
    }

    static TextTable of(CsvTable csv, List<String> strategies) {
        List<List<String>> rows = new ArrayList<>();
        for (String s : strategies) {
            List<Integer> of = new ArrayList<>();
            for (int r = 0; r < csv.size(); r++) {
                if (csv.text(r, "strategy").equals(s)) {
                    of.add(r);
                }
            }
            double[] by52 = new double[of.size()];
            double[] by104 = new double[of.size()];
            for (int i = 0; i < of.size(); i++) {
                by52[i] = csv.number(of.get(i), "p_done_52");
                by104[i] = csv.number(of.get(i), "p_done_104");
            }
            boolean first = true;
            for (int i : LaggardTable.rank(by52, by104, LaggardTable.SHOWN)) {
                int r = of.get(i);
                String median = csv.text(r, "median_done_week");
                rows.add(List.of(first ? s : "", csv.text(r, "team"), Num.fixed(by52[i], 2), Num.fixed(by104[i], 2),
                        Num.fixed(csv.number(r, "p_adopted_104"), 2), median.isEmpty() ? "not half" : median,
                        csv.text(r, "top_reason") + " (" + Num.fixed(csv.number(r, "top_reason_share"), 2) + ")"));
                first = false;
            }
        }
        return new TextTable("Teams most likely to lag",
                List.of("strategy", "team", "P done by wk 52", "P done by wk 104", "P adopted by wk 104",
                        "median done week", "most frequent reason not done (share of runs)"),
                List.of(false, false, true, true, true, true, false), rows,
                List.of("Per strategy the " + LaggardTable.SHOWN + " teams least likely to have the old system off"
                        + " by calendar week 104 (teams.csv has every team). Chances are shares of runs; 'not half':"
                        + " not done in half of the runs or more. Where office hours or an executive unblock would"
                        + " go."));
    }
}
