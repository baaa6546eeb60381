package org.adoptsim.cli.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events a time chart marks for one strategy: its mandate, deadline, sunset announcement and
 * shutdown at the median run's week (summary.csv's {@code mandate_week} and so on). Those are week
 * indices, as in runs.csv and the scenario ("mandate at week 4": the week that starts once 4 weeks have
 * passed), and the time charts' x is weeks passed (weekly.csv's {@code week} w is the end of index w − 1), so
 * an event of week index i is drawn at x = i, where its week begins, and labelled "week i": the label, the
 * axis, runs.csv and the scenario say the same number, and the curves show its effect from x = i + 1 on.
 * An event that did not happen in the median run has no
 * mark; one that happened in only some runs (a mandate triggered by a share) says in how many. Events
 * in the same week share one mark and one label ("mandate + sunset announced, week 42"). The PNG charts
 * and the interactive ones (report.html, the explore page) draw the same marks from this.
 */
public final class EventWeeks {
    private static final String[][] EVENTS = {{"mandate_week", "mandate"}, {"deadline_week", "deadline"},
        {"sunset_week", "sunset announced"}, {"shutdown_week", "shutdown"}};

    /** One mark: the chart's x (the start of the event's week: its week index) and its label. */
    public record Mark(double week, String label) {
    }

    private EventWeeks() {
    }

    /** The row's marks in order of the events; empty when none happened in the median run. */
    public static List<Mark> of(SummaryRow row) {
        Map<Double, List<String>> names = new LinkedHashMap<>();
        Map<Double, Double> share = new LinkedHashMap<>();
        for (String[] e : EVENTS) {
            MilestoneSummary m = row.milestones().get(e[0]);
            if (m == null || Double.isNaN(m.median())) {
                continue;
            }
            double x = m.median();
            names.computeIfAbsent(x, k -> new ArrayList<>()).add(e[1]);
            share.merge(x, (double) m.reached() / m.runs(), Math::min);
        }
        List<Mark> out = new ArrayList<>();
        for (Map.Entry<Double, List<String>> e : names.entrySet()) {
            double p = share.get(e.getKey());
            out.add(new Mark(e.getKey(), String.join(" + ", e.getValue()) + ", week " + Math.round(e.getKey())
                    + (p < 1 ? ", in " + Math.round(100 * p) + " % of runs" : "")));
        }
        return out;
    }
}
