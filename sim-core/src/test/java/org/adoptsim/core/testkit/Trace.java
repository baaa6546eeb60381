package org.adoptsim.core.testkit;

import org.adoptsim.core.org.Org;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.result.WeekView;

/**
 * Every team's status and reason at the end of every week of one run, with the organisation it ran
 * on and its result. Indices: [week][team].
 */
public final class Trace {
    private final Org org;
    private final RunResult result;
    private final byte[][] status;
    private final byte[][] reason;

    private Trace(Org org, RunResult result, byte[][] status, byte[][] reason) {
        this.org = org;
        this.result = result;
        this.status = status;
        this.reason = reason;
    }

    public Org org() {
        return org;
    }

    public RunResult result() {
        return result;
    }

    public int weeks() {
        return status.length;
    }

    public int teams() {
        return org.teams();
    }

    public TeamStatus status(int week, int team) {
        return TeamStatus.of(status[week][team]);
    }

    public Reason reason(int week, int team) {
        return Reason.of(reason[week][team]);
    }

    /** Teams in this status at the end of the week. */
    public int count(int week, TeamStatus s) {
        int c = 0;
        for (byte b : status[week]) {
            c += b == s.ordinal() ? 1 : 0;
        }
        return c;
    }

    /** Teams that have started (vanity figure) by the end of the week. */
    public int started(int week) {
        int c = 0;
        for (byte b : status[week]) {
            c += TeamStatus.of(b).started() ? 1 : 0;
        }
        return c;
    }

    /** Whether two traces agree on every team's status and reason in weeks [0, weeks). */
    public boolean sameStatesAs(Trace other, int weeks) {
        for (int w = 0; w < weeks; w++) {
            if (!java.util.Arrays.equals(status[w], other.status[w])
                    || !java.util.Arrays.equals(reason[w], other.reason[w])) {
                return false;
            }
        }
        return true;
    }

    /** Collects the states week by week. */
    static final class Recorder implements WeekObserver {
        private final byte[][] status;
        private final byte[][] reason;

        Recorder(int teams, int weeks) {
            status = new byte[weeks][teams];
            reason = new byte[weeks][teams];
        }

        @Override
        public void onWeek(WeekView v) {
            for (int i = 0; i < v.teams(); i++) {
                status[v.week()][i] = (byte) v.status(i).ordinal();
                reason[v.week()][i] = (byte) v.reason(i).ordinal();
            }
        }

        Trace finish(Org org, RunResult result) {
            return new Trace(org, result, status, reason);
        }
    }
}
