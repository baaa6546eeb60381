package org.adoptsim.cli.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adoptsim.cli.output.Manifest;
import org.adoptsim.cli.results.Metric;

/**
 * How the prose — verdict, reading, facts and brief — names a point in time. Without a calendar it uses
 * the run's own weeks, as it always has ("at week 52", "within 104 weeks", "median 27 weeks"). With one (a
 * run from the organisation's observed state, whose week 0 is calendar week S, today's week) every such
 * week is said one way, by {@link #calendarWeek}: "calendar week C (n weeks from today)", where C = S + n − 1
 * is the calendar week at whose end n simulated weeks have passed — the rule of summary.csv's
 * {@code ID_median_calendar} ({@code output.SummaryCsv.calendarWeek}), so the prose and the files give the
 * same week. Immutable.
 *
 * @param startWeek the calendar week of the runs' week 0 ({@link Manifest#startWeek()}); 0 without a calendar
 */
public record WeekWords(int startWeek) {
    /** The run's own weeks: no calendar. */
    public static final WeekWords RUN_WEEKS = new WeekWords(0);

    /** A checkpoint in a metric's short label: "adopted @52". */
    private static final Pattern CHECKPOINT = Pattern.compile(" @(\\d+)$");

    /** The words for a folder's runs, as its manifest records them. */
    public static WeekWords of(Manifest m) {
        return new WeekWords(m.startWeek());
    }

    /** Whether the runs start at a calendar week (a run from an observed state). */
    public boolean calendar() {
        return startWeek > 0;
    }

    /**
     * The one wording for a point in the organisation's calendar: "calendar week 56 (27 weeks from today)"
     * after 27 simulated weeks from calendar week 30. A fractional count (a median between two runs) is
     * rounded to a whole week first, half to even as the tables round, and both numbers come from it.
     */
    public String calendarWeek(double weeksElapsed) {
        long n = (long) Math.rint(weeksElapsed);
        return "calendar week " + (startWeek + n - 1) + " (" + n + " week" + (n == 1 ? "" : "s") + " from today)";
    }

    /** The end of simulated week {@code weeks}: "week 52", or "calendar week 81 (52 weeks from today)". */
    public String at(int weeks) {
        return calendar() ? calendarWeek(weeks) : "week " + weeks;
    }

    /** Before the horizon: "within 104 weeks", or "by calendar week 103 (74 weeks from today)". */
    public String within(int weeks) {
        return calendar() ? "by " + calendarWeek(weeks) : "within " + weeks + " weeks";
    }

    /** After "N replicates of W weeks": nothing, or " from calendar week 30" (today's week). */
    public String from() {
        return calendar() ? " from calendar week " + startWeek : "";
    }

    /**
     * A metric's short label for prose: unchanged without a calendar or checkpoint ("net hours", "adopted
     * @52"); with a calendar its checkpoint is said as a week ("adopted at calendar week 81 (52 weeks from
     * today)").
     */
    public String label(Metric m) {
        Matcher c = CHECKPOINT.matcher(m.label());
        if (!calendar() || !c.find()) {
            return m.label();
        }
        return m.label().substring(0, c.start()) + " at " + calendarWeek(Integer.parseInt(c.group(1)));
    }
}
