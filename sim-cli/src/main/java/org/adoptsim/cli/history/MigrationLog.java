package org.adoptsim.cli.history;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.cli.scenario.TeamNames;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;

/**
 * One organisation's migration record: for each team its name, the week it started (−1: not started),
 * the week it was done (−1: not done) and its status at the end of the record (free text such as
 * {@code done}, {@code migrating}, {@code idle}; may be empty when the log does not say). Weeks count
 * from the initiative's week 0. Immutable; the arrays are copied in and out.
 */
public record MigrationLog(List<String> teams, int[] start, int[] done, List<String> status) {

    public MigrationLog {
        teams = List.copyOf(teams);
        status = List.copyOf(status);
        start = start.clone();
        done = done.clone();
        if (start.length != teams.size() || done.length != teams.size() || status.size() != teams.size()) {
            throw new IllegalArgumentException("a log needs one start, done and status per team");
        }
        for (int i = 0; i < start.length; i++) {
            if (done[i] >= 0 && (start[i] < 0 || done[i] < start[i])) {
                throw new IllegalArgumentException("team " + teams.get(i) + ": done before it started");
            }
        }
    }

    /**
     * The log a run leaves: each team's start and done week and its status at the horizon. A team that
     * was done (or had started) before week 0 — an initial adopter — is logged at week 0, as an
     * organisation's own record would show it. Teams are named {@code team-1 … team-N} ({@link TeamNames}) unless
     * {@code names} gives one name per team.
     */
    public static MigrationLog of(TeamOutcomes outcomes, List<String> names) {
        return of(outcomes, names, null);
    }

    /**
     * The log a run from today's state leaves, in the organisation's calendar: the run's week k is
     * calendar week {@code start.week() + k}. What the state records no week for is an assumption
     * (docs/calibration.md, "The log"): a team the state lists as done is logged as started and done in its
     * {@code done_week}; a team it lists as started (migrating, blocked or dual) as started in the week
     * before today. Without a state ({@code start} null) this is {@link #of(TeamOutcomes, List)}.
     */
    public static MigrationLog of(TeamOutcomes outcomes, List<String> names, ObservedState start) {
        MigrationLog log = fromWeekZero(outcomes, names);
        if (start == null) {
            return log;
        }
        int[] s = log.start;
        int[] d = log.done;
        for (int i = 0; i < s.length; i++) {
            ObservedState.Status before = i < start.teams() ? start.status(i) : ObservedState.Status.IDLE;
            if (before == ObservedState.Status.DONE) {
                s[i] = start.doneWeek(i);
                d[i] = start.doneWeek(i);
                continue;
            }
            boolean startedBefore = before != ObservedState.Status.IDLE && before != ObservedState.Status.WILLING;
            s[i] = startedBefore ? start.week() - 1 : s[i] < 0 ? -1 : start.week() + s[i];
            d[i] = d[i] < 0 ? -1 : start.week() + d[i];
        }
        return new MigrationLog(log.teams, s, d, log.status);
    }

    private static MigrationLog fromWeekZero(TeamOutcomes outcomes, List<String> names) {
        int n = outcomes.teams();
        int[] s = new int[n];
        int[] d = new int[n];
        List<String> st = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TeamStatus status = outcomes.status(i);
            boolean done = status == TeamStatus.DONE || outcomes.doneWeek(i) >= 0;
            d[i] = done ? Math.max(0, outcomes.doneWeek(i)) : -1;
            s[i] = status.started() || done ? Math.max(0, Math.min(outcomes.startWeek(i), done ? d[i] : Integer.MAX_VALUE))
                    : -1;
            st.add(status.id());
        }
        return new MigrationLog(TeamNames.names(names == null ? List.of() : names, n), s, d, st);
    }

    @Override
    public int[] start() {
        return start.clone();
    }

    @Override
    public int[] done() {
        return done.clone();
    }

    public int size() {
        return teams.size();
    }

    /** The last week any team started or finished, or −1 for a log with neither. */
    public int lastEvent() {
        int last = -1;
        for (int i = 0; i < start.length; i++) {
            last = Math.max(last, Math.max(start[i], done[i]));
        }
        return last;
    }

    /**
     * The log as it stood at the end of week {@code cutoff}: a start or done after it becomes "not yet",
     * and the status is what can be said then ({@code done}, {@code migrating} or {@code idle}).
     */
    public MigrationLog upTo(int cutoff) {
        int n = start.length;
        int[] s = new int[n];
        int[] d = new int[n];
        String[] st = new String[n];
        for (int i = 0; i < n; i++) {
            s[i] = start[i] <= cutoff ? start[i] : -1;
            d[i] = done[i] <= cutoff ? done[i] : -1;
            st[i] = d[i] >= 0 ? "done" : s[i] >= 0 ? "migrating" : "idle";
        }
        return new MigrationLog(teams, s, d, List.of(st));
    }
}
