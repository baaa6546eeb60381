package org.adoptsim.cli.today;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.adoptsim.cli.text.Num;
import org.adoptsim.core.result.Reason;

/**
 * "Teams most likely to lag": per strategy, the teams with the lowest chance of being done before
 * calendar week 104 (ties: lower chance before week 52, then team order), each with its chances of being
 * done, its chance of being adopted (done and self-sufficient) before the later week, its median
 * done week and most frequent reason for not being done at the horizon — where office hours or an executive
 * unblock would go. The chances are read before the calendar weeks the runs reach ({@link #shownWeeks}: 52
 * and 104, each at most the week after the runs end), as teams.csv's {@code p_done_W} are, and a team done
 * before the first of them in every run does not lag: a strategy whose teams all are says so instead of
 * listing any. "Before calendar week 104" from calendar week 30 is by the end of calendar week 103, the
 * end of the 74th week from today, as the reports' prose says it. A team done at the horizon in every run
 * has no reason ("—"), and a share that is not 0 or 1 never reads as one ({@link #share}).
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
     * The {@code k} likeliest laggards among teams with these chances of being done before calendar weeks
     * 52 and 104 (team order): lowest before 104 first, ties before 52, then team order. A team done before
     * week 52 in every run is no laggard, so fewer than {@code k}, or none, may come back. The reports rank teams.csv's
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
     * The calendar weeks the chances of being done can be told before: {@link TeamForecast#BY_WEEKS}, each at
     * most the calendar week after the runs end ({@code startWeek + weeks}), once each. After 30 weeks from
     * week 0 that is only week 30: both chances are then that of being done within the run.
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
        return "no team lags: every team is done before calendar week " + byWeek + " in every run";
    }

    /**
     * A share of runs to two decimals, except that one above 0 never reads "0.00" ("<0.01") and one
     * below 1 never reads "1.00" (">0.99"): one run in 200 is not none.
     */
    public static String share(double p) {
        String s = Num.fixed(p, 2);
        if (p > 0 && s.equals("0.00")) {
            return "<0.01";
        }
        return p < 1 && s.equals("1.00") ? ">0.99" : s;
    }

    /**
     * The reason cell: the most frequent reason for not being done at the horizon with its share of runs
     * ({@link TeamForecast#topReasonId}, {@link TeamForecast#topReasonShare}), or "—" for a team done at the
     * horizon in every run ({@code done}: then there is no reason to show).
     */
    public static String reason(String topReasonId, double topReasonShare) {
        return topReasonId.equals(Reason.NONE.id()) ? "—" : topReasonId + " (" + share(topReasonShare) + ")";
    }

    /** The reason column's header: the reasons are those held when the runs end. */
    public static String reasonHeader() {
        return "most frequent reason not done when the runs end";
    }

    public static void print(TeamForecast f, int k, PrintWriter out) {
        List<Integer> weeks = shownWeeks(f.startWeek(), f.weeks());
        out.println("Teams most likely to lag (P done before calendar week "
                + weeks.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" / "))
                + ", P adopted before " + weeks.get(weeks.size() - 1) + ", median done week, " + reasonHeader()
                + " (share of runs)"
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
                        share(f.pDone(s, i, 1))) : String.format(java.util.Locale.ROOT, "%5s / %5s",
                        share(f.pDone(s, i, 0)), share(f.pDone(s, i, 1)));
                out.println(String.format(java.util.Locale.ROOT, "    %-24s %s   adopted %5s   %-9s %s",
                        f.teamNames().get(i), chances, share(f.pAdopted(s, i, 1)), median < 0 ? "not half" : "week " + median,
                        reason(f.topReasonId(s, i), f.topReasonShare(s, i))));
            }
        }
        out.println();
    }
}
