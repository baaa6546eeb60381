package org.adoptsim.core.result;

/**
 * Each team's state at the horizon: status, reason (why it is not done), and the weeks it started
 * and finished (−1: never, or before week 0 for initial adopters' start).
 */
public final class TeamOutcomes {
    private final byte[] status;
    private final byte[] reason;
    private final int[] startWeek;
    private final int[] doneWeek;

    public TeamOutcomes(byte[] status, byte[] reason, int[] startWeek, int[] doneWeek) {
        this.status = status.clone();
        this.reason = reason.clone();
        this.startWeek = startWeek.clone();
        this.doneWeek = doneWeek.clone();
    }

    public int teams() {
        return status.length;
    }

    public TeamStatus status(int team) {
        return TeamStatus.of(status[team]);
    }

    public Reason reason(int team) {
        return Reason.of(reason[team]);
    }

    public int startWeek(int team) {
        return startWeek[team];
    }

    /** Week the team's old system went off; −1 if it was done before week 0 or is not done. */
    public int doneWeek(int team) {
        return doneWeek[team];
    }
}
