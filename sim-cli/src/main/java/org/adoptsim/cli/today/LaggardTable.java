package org.adoptsim.cli.today;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.adoptsim.cli.text.Num;

/**
 * "Teams most likely to lag": per strategy, the teams with the lowest chance of being done by
 * calendar week 104 (ties: lower chance by week 52, then team order), each with its chances, median
 * done week and most frequent reason — where office hours or an executive unblock would go. The chances
 * are read at the calendar weeks the runs reach ({@link #shownWeeks}: 52 and 104, each at most the
 * horizon's week), and a team done by the first of them in every run does not lag: a strategy whose teams
 * all are says so instead of listing any.
 */
public final class LaggardTable {
    /** Teams listed per strategy, in the terminal and in the reports. */
    public static final int SHOWN = 5;

    private LaggardTable() {
    }

    /** The {@code k} likeliest laggards of {@code strategy}, in order; none when every team is done in time. */
    public static List<Integer> laggards(TeamForecast f, int strategy, int k) {
        int n = f.teamNames().size();
        double[] by52 = new double[n];
        double[] by104 = new double[n];
        for (int i = 0; i < n; i++) {
            by52[i] = f.pDone(strategy, i, 0);
            by104[i] = f.pDone(strategy, i, 1);
        }
        return rank(by52, by104, k);
    }

    /**
     * The {@code k} likeliest laggards among teams with these chances of being done by calendar weeks 52
     * and 104 (team order): lowest by 104 first, ties by 52, then team order. A team done by week 52 in
     * every run is no laggard, so fewer than {@code k}, or none, may come back. The reports rank teams.csv's
     * rows with this too, so the terminal and the reports name the same teams.
     */
    public static List<Integer> rank(double[] pDone52, double[] pDone104, int k) {
        List<Integer> teams = new ArrayList<>();
        for (int i = 0; i < pDone104.length; i++) {
            if (pDone52[i] < 1) {
                teams.add(i);
            }
        }
        teams.sort(Comparator.<Integer>comparingDouble(i -> pDone104[i]).thenComparingDouble(i -> pDone52[i])
                .thenComparingInt(i -> i));
        return teams.subList(0, Math.min(k, teams.size()));
    }

    /**
     * The calendar weeks the chances of being done can be told at: {@link TeamForecast#BY_WEEKS}, each at
     * most the calendar week the runs end at ({@code startWeek + weeks}), once each. After 30 weeks from week 0
     * that is only week 30: both chances are then that of being done within the run.
     */
    public static List<Integer> shownWeeks(int startWeek, int weeks) {
        List<Integer> out = new ArrayList<>();
        for (int w : TeamForecast.BY_WEEKS) {
            int shown = Math.min(w, startWeek + weeks);
            if (!out.contains(shown)) {
                out.add(shown);
            }
        }
        return out;
    }

    /** What a strategy without laggards shows in their place. */
    public static String noneLag(int byWeek) {
        return "no team lags: every team is done by calendar week " + byWeek + " in every run";
    }

    public static void print(TeamForecast f, int k, PrintWriter out) {
        List<Integer> weeks = shownWeeks(f.startWeek(), f.weeks());
        out.println("Teams most likely to lag (P done by calendar week "
                + weeks.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" / "))
                + ", median done week, most frequent reason not done"
                + (f.startWeek() > 0 ? "; runs start at calendar week " + f.startWeek() : "") + "):");
        for (int s = 0; s < f.strategies().size(); s++) {
            out.println("  " + f.strategies().get(s));
            List<Integer> lag = laggards(f, s, k);
            if (lag.isEmpty()) {
                out.println("    " + noneLag(weeks.get(0)));
            }
            for (int i : lag) {
                int median = f.medianDoneWeek(s, i);
                String chances = weeks.size() == 1 ? String.format(java.util.Locale.ROOT, "%5s",
                        Num.fixed(f.pDone(s, i, 1), 2)) : String.format(java.util.Locale.ROOT, "%5s / %5s",
                        Num.fixed(f.pDone(s, i, 0), 2), Num.fixed(f.pDone(s, i, 1), 2));
                out.println(String.format(java.util.Locale.ROOT, "    %-24s %s   %-9s %s (%s)",
                        f.teamNames().get(i), chances, median < 0 ? "not half" : "week " + median,
                        f.topReasonId(s, i), Num.fixed(f.topReasonShare(s, i), 2)));
            }
        }
        out.println();
    }
}
