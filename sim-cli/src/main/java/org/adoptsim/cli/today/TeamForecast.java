package org.adoptsim.cli.today;

import java.util.List;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.result.FunctionsOutcome;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;

/**
 * Per strategy and named team, over the replicates accepted so far: the chance of being done and of
 * being adopted by calendar weeks 52 and 104, the median done week, and the most frequent reason for
 * not being done at the horizon. A team held by a sign-off counts per function it waits for (docs/model.md,
 * "Across functions"), so {@code sign-off:security} and {@code sign-off:budget} are different reasons.
 * Replicates must be accepted in order for the counts to be
 * reproducible (they are sums, so any order gives the same numbers). Not thread-safe.
 */
public final class TeamForecast {
    /** The calendar weeks the probabilities are read at. */
    public static final int[] BY_WEEKS = {52, 104};

    private final List<String> strategies;
    private final List<String> teamNames;
    private final int startWeek;
    private final int weeks;
    /** Per team: the calendar week it finished before the runs began (today's state), or −1. */
    private final int[] doneBeforeStart;
    /** [strategy][team][k]: runs done (adopted) before calendar week BY_WEEKS[k]. */
    private final long[][][] doneBy;
    private final long[][][] adoptedBy;
    /** [strategy][team][week + 1]: runs the team finished in that run week (index 0: before the run). */
    private final long[][][] doneIn;
    /** [strategy][team][reason]: runs the team held that reason at the horizon. */
    private final long[][][] reasons;
    /**
     * [strategy][team][function]: runs the team was held at the horizon by that function's sign-off;
     * null until a replicate carries functions. A {@code sign-off} naming no function stays in {@link #reasons}.
     */
    private long[][][] signOffs;
    private List<String> functions = List.of();
    private long replicates;

    /**
     * @param startWeek the calendar week of the runs' week 0 (0 without an observed state)
     * @param weeks     weeks per run
     */
    public TeamForecast(List<String> strategies, List<String> teamNames, int startWeek, int weeks) {
        this(strategies, teamNames, startWeek, weeks, null);
    }

    /**
     * @param start today's state the runs start from, or null for runs from week 0: a team it lists as
     *              done keeps the calendar week it finished there as its done week
     */
    public TeamForecast(List<String> strategies, List<String> teamNames, ObservedState start, int weeks) {
        this(strategies, teamNames, start == null ? 0 : start.week(), weeks, start);
    }

    private TeamForecast(List<String> strategies, List<String> teamNames, int startWeek, int weeks,
            ObservedState start) {
        this.strategies = List.copyOf(strategies);
        this.teamNames = List.copyOf(teamNames);
        this.startWeek = startWeek;
        this.weeks = weeks;
        int s = strategies.size();
        int n = teamNames.size();
        doneBy = new long[s][n][BY_WEEKS.length];
        adoptedBy = new long[s][n][BY_WEEKS.length];
        doneIn = new long[s][n][weeks + 1];
        reasons = new long[s][n][Reason.values().length];
        doneBeforeStart = new int[n];
        for (int i = 0; i < n; i++) {
            doneBeforeStart[i] = start != null && i < start.teams() && start.status(i) == ObservedState.Status.DONE
                    ? start.doneWeek(i) : -1;
        }
    }

    /** One replicate: a result per strategy, in the order given at construction. */
    public void accept(List<RunResult> replicate) {
        if (replicate.size() != strategies.size()) {
            throw new IllegalArgumentException(replicate.size() + " results for " + strategies.size() + " strategies");
        }
        for (int s = 0; s < replicate.size(); s++) {
            TeamOutcomes t = replicate.get(s).teams();
            for (int i = 0; i < t.teams(); i++) {
                boolean done = t.status(i) == TeamStatus.DONE;
                int doneWeek = t.doneWeek(i);
                int adoptedWeek = t.adoptedWeek(i);
                boolean adopted = t.adopted(i);
                for (int k = 0; k < BY_WEEKS.length; k++) {
                    if (done && startWeek + Math.max(doneWeek, -1) < BY_WEEKS[k]) {
                        doneBy[s][i][k]++;
                    }
                    if (adopted && startWeek + Math.max(adoptedWeek, -1) < BY_WEEKS[k]) {
                        adoptedBy[s][i][k]++;
                    }
                }
                if (done) {
                    doneIn[s][i][Math.max(doneWeek, -1) + 1]++;
                } else {
                    countReason(s, i, t.reason(i), replicate.get(s).functions().orElse(null));
                }
            }
        }
        replicates++;
    }

    private void countReason(int s, int i, Reason reason, FunctionsOutcome fo) {
        int f = reason == Reason.SIGN_OFF && fo != null ? fo.waitingFor(i) : -1;
        if (f < 0) {
            reasons[s][i][reason.ordinal()]++;
            return;
        }
        if (signOffs == null) {
            functions = fo.names();
            signOffs = new long[strategies.size()][teamNames.size()][functions.size()];
        } else if (!functions.equals(fo.names())) {
            throw new IllegalArgumentException("functions " + fo.names() + " after " + functions);
        }
        signOffs[s][i][f]++;
    }

    public long replicates() {
        return replicates;
    }

    public List<String> strategies() {
        return strategies;
    }

    public List<String> teamNames() {
        return teamNames;
    }

    /** Share of runs in which the team was done before calendar week {@code BY_WEEKS[k]}. */
    public double pDone(int strategy, int team, int k) {
        return share(doneBy[strategy][team][k]);
    }

    /** Share of runs in which the team was adopted before calendar week {@code BY_WEEKS[k]}. */
    public double pAdopted(int strategy, int team, int k) {
        return share(adoptedBy[strategy][team][k]);
    }

    /**
     * The median calendar week the team finished (a run that did not finish counts as later than any
     * week), or −1 when it did not finish in half of the runs or more. A team done before the run finished
     * in the week today's state gives it; an initial adopter (done before week 0, without a state) in week 0,
     * as the migration logs write it.
     */
    public int medianDoneWeek(int strategy, int team) {
        long half = replicates / 2 + 1;
        long seen = 0;
        long[] h = doneIn[strategy][team];
        for (int k = 0; k < h.length; k++) {
            seen += h[k];
            if (seen >= half) {
                return k > 0 ? startWeek + k - 1 : Math.max(doneBeforeStart[team], 0);
            }
        }
        return -1;
    }

    /**
     * The most frequent reason for not being done at the horizon ({@link Reason#NONE} if always done);
     * {@link Reason#SIGN_OFF} when it is a function's sign-off, named by {@link #topReasonId}.
     */
    public Reason topReason(int strategy, int team) {
        int best = top(strategy, team);
        return best < 0 ? Reason.NONE : best < reasons[strategy][team].length ? Reason.of(best) : Reason.SIGN_OFF;
    }

    /**
     * The most frequent reason's id: {@link Reason#id}, or {@code sign-off:<function>} when teams were
     * held by that function's sign-off ({@code done} if always done).
     */
    public String topReasonId(int strategy, int team) {
        int best = top(strategy, team);
        int r = reasons[strategy][team].length;
        return best < r ? topReason(strategy, team).id() : Reason.SIGN_OFF.id() + ":" + functions.get(best - r);
    }

    /** Share of runs holding {@link #topReasonId} at the horizon (for NONE: the share done). */
    public double topReasonShare(int strategy, int team) {
        int best = top(strategy, team);
        return share(best < 0 ? replicates - sum(reasons[strategy][team]) - sum(signOffsOf(strategy, team))
                : count(strategy, team, best));
    }

    /**
     * The index of the most frequent reason — a {@link Reason} ordinal, or the reasons' count plus a
     * function's index for its sign-off — the first in that order on ties; −1 if always done.
     */
    private int top(int strategy, int team) {
        int n = reasons[strategy][team].length + signOffsOf(strategy, team).length;
        int best = -1;
        for (int k = 0; k < n; k++) {
            long c = count(strategy, team, k);
            if (c > 0 && (best < 0 || c > count(strategy, team, best))) {
                best = k;
            }
        }
        return best;
    }

    private long count(int strategy, int team, int k) {
        long[] r = reasons[strategy][team];
        return k < r.length ? r[k] : signOffsOf(strategy, team)[k - r.length];
    }

    private long[] signOffsOf(int strategy, int team) {
        return signOffs == null ? new long[0] : signOffs[strategy][team];
    }

    /** The calendar week of the runs' week 0. */
    public int startWeek() {
        return startWeek;
    }

    /** Weeks per run. */
    public int weeks() {
        return weeks;
    }

    private double share(long count) {
        return replicates == 0 ? 0 : (double) count / replicates;
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) {
            s += v;
        }
        return s;
    }
}
