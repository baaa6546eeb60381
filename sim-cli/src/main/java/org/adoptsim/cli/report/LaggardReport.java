package org.adoptsim.cli.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.adoptsim.cli.output.CsvTable;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.output.OutputFolder;
import org.adoptsim.cli.text.TextTable;
import org.adoptsim.cli.today.LaggardTable;
import org.adoptsim.cli.today.TeamsCsv;

/**
 * "Teams most likely to lag" for report.md and report.html, read back from the folder's teams.csv
 * (checked against the manifest) and ranked by {@link LaggardTable#rank}, so the reports name the same
 * teams, in the same order, as the terminal: per strategy the {@link LaggardTable#SHOWN} teams least likely
 * to be done before calendar week 104, each with its chances of being done and adopted, its median done
 * week and its most frequent reason for not being done; a strategy whose teams are all done before week 52
 * in every run says so instead. The columns name the weeks the runs reach ({@link LaggardTable#shownWeeks}). A folder
 * without teams.csv gets no table.
 */
final class LaggardReport {
    private LaggardReport() {
    }

    static Optional<TextTable> read(OutputFolder folder, Manifest m) throws IOException {
        return folder.readListed(m, TeamsCsv.FILE).map(csv -> of(csv, m.strategies(),
                LaggardTable.shownWeeks(m.startWeek(), m.weeks())));
    }

    /** @param weeks the calendar weeks the chances are read before, as {@link LaggardTable#shownWeeks} gives them */
    static TextTable of(CsvTable csv, List<String> strategies, List<Integer> weeks) {
        boolean both = weeks.size() > 1;
        int last = weeks.get(weeks.size() - 1);
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
            List<Integer> lag = LaggardTable.rank(by52, by104, LaggardTable.SHOWN);
            if (lag.isEmpty()) {
                List<String> row = new ArrayList<>(List.of(s, LaggardTable.noneLag(weeks.get(0))));
                while (row.size() < (both ? 7 : 6)) {
                    row.add("");
                }
                rows.add(row);
            }
            boolean first = true;
            for (int i : lag) {
                int r = of.get(i);
                String median = csv.text(r, "median_done_week");
                List<String> row = new ArrayList<>(List.of(first ? s : "", csv.text(r, "team")));
                if (both) {
                    row.add(LaggardTable.share(by52[i]));
                }
                row.addAll(List.of(LaggardTable.share(by104[i]), LaggardTable.share(csv.number(r, "p_adopted_104")),
                        median.isEmpty() ? "not half" : median,
                        LaggardTable.reason(csv.text(r, "top_reason"), csv.number(r, "top_reason_share"))));
                rows.add(row);
                first = false;
            }
        }
        List<String> headers = new ArrayList<>(List.of("strategy", "team"));
        List<Boolean> right = new ArrayList<>(List.of(false, false));
        for (int w : weeks) {
            headers.add("P done before wk " + w);
            right.add(true);
        }
        headers.addAll(List.of("P adopted before wk " + last, "median done week",
                LaggardTable.reasonHeader() + " (share of runs)"));
        right.addAll(List.of(true, true, false));
        return new TextTable("Teams most likely to lag", headers, right, rows,
                List.of("Per strategy the " + LaggardTable.SHOWN + " teams least likely to have the old system off"
                        + " before calendar week " + last + " (teams.csv has every team); a team done before week "
                        + weeks.get(0) + " in every run does not lag. Chances are shares of runs; 'not half':"
                        + " not done in half of the runs or more. Where office hours or an executive unblock would"
                        + " go. '—': done when the runs end in every run; '<0.01', '>0.99': a share"
                        + " that rounds to 0 or 1 but is not."));
    }
}
