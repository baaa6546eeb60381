package org.adoptsim.cli.today;

import java.util.List;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;

/**
 * Per strategy and named team, over the replicates accepted so far: the chance of being done and of
 * being adopted by calendar weeks 52 and 104, the median done week, and the most frequent reason for
 * not being done at the horizon. Replicates must be accepted in order for the counts to be
 * reproducible (they are sums, so any order gives the same numbers). Not thread-safe.
 */
public final class TeamForecast {
    /** The calendar weeks the probabilities are read at. */
    public static final int[] BY_WEEKS = {52, 104};

    private final List<String> strategies;
    private final List<String> teamNames;
    private final int startWeek;
    private final int weeks;
    /** [strategy][team][k]: runs done (adopted) before calendar week BY_WEEKS[k]. */
    private final long[][][] doneBy;
    private final long[][][] adoptedBy;
    /** [strategy][team][week + 1]: runs the team finished in that run week (index 0: before the run). */
    private final long[][][] doneIn;
    /** [strategy][team][reason]: runs the team held that reason at the horizon. */
    private final long[][][] reasons;
    private long replicates;

    /**
     * @param startWeek the calendar week of the runs' week 0 (0 without an observed state)
     * @param weeks     weeks per run
     */
    public TeamForecast(List<String> strategies, List<String> teamNames, int startWeek, int weeks) {
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
                    reasons[s][i][t.reason(i).ordinal()]++;
                }
            }
        }
        replicates++;
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
     * week), or −1 when it did not finish in half of the runs or more. Before the run: the start week − 1.
     */
    public int medianDoneWeek(int strategy, int team) {
        long half = replicates / 2 + 1;
        long seen = 0;
        long[] h = doneIn[strategy][team];
        for (int k = 0; k < h.length; k++) {
            seen += h[k];
            if (seen >= half) {
                return startWeek + k - 1;
            }
        }
        return -1;
    }

    /** The most frequent reason for not being done at the horizon ({@link Reason#NONE} if always done). */
    public Reason topReason(int strategy, int team) {
        long[] r = reasons[strategy][team];
        int best = Reason.NONE.ordinal();
        for (int k = 0; k < r.length; k++) {
            if (r[k] > 0 && (best == Reason.NONE.ordinal() || r[k] > r[best])) {
                best = k;
            }
        }
        return Reason.values()[best];
    }

    /** Share of runs holding {@link #topReason} at the horizon (for NONE: the share done). */
    public double topReasonShare(int strategy, int team) {
        Reason top = topReason(strategy, team);
        if (top == Reason.NONE) {
            return share(replicates - sum(reasons[strategy][team]));
        }
        return share(reasons[strategy][team][top.ordinal()]);
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
