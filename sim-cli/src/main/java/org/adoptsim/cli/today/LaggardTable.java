package org.adoptsim.cli.today;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.adoptsim.cli.text.Num;

/**
 * "Teams most likely to lag": per strategy, the teams with the lowest chance of being done by
 * calendar week 104 (ties: lower chance by week 52, then team order), each with its chances, median
 * done week and most frequent reason — where office hours or an executive unblock would go.
 */
public final class LaggardTable {
    /** Teams listed per strategy, in the terminal and in the reports. */
    public static final int SHOWN = 5;

    private LaggardTable() {
    }

    /** The {@code k} likeliest laggards of {@code strategy}, in order. */
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
     * and 104 (team order): lowest by 104 first, ties by 52, then team order. The reports rank teams.csv's
     * rows with this too, so the terminal and the reports name the same teams.
     */
    public static List<Integer> rank(double[] pDone52, double[] pDone104, int k) {
        List<Integer> teams = new ArrayList<>();
        for (int i = 0; i < pDone104.length; i++) {
            teams.add(i);
        }
        teams.sort(Comparator.<Integer>comparingDouble(i -> pDone104[i]).thenComparingDouble(i -> pDone52[i])
                .thenComparingInt(i -> i));
        return teams.subList(0, Math.min(k, teams.size()));
    }

    public static void print(TeamForecast f, int k, PrintWriter out) {
        out.println("Teams most likely to lag (P done by calendar week 52 / 104, median done week, most frequent"
                + " reason not done" + (f.startWeek() > 0 ? "; runs start at calendar week " + f.startWeek() : "")
                + "):");
        for (int s = 0; s < f.strategies().size(); s++) {
            out.println("  " + f.strategies().get(s));
            for (int i : laggards(f, s, k)) {
                int median = f.medianDoneWeek(s, i);
                out.println(String.format(java.util.Locale.ROOT, "    %-24s %5s / %5s   %-9s %s (%s)",
                        f.teamNames().get(i), Num.fixed(f.pDone(s, i, 0), 2), Num.fixed(f.pDone(s, i, 1), 2),
                        median < 0 ? "not half" : "week " + median, f.topReasonId(s, i),
                        Num.fixed(f.topReasonShare(s, i), 2)));
            }
        }
        out.println();
    }
}
