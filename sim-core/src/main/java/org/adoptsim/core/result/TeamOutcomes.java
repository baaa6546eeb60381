package org.adoptsim.core.result;

/**
 * Each team's state at the horizon: status, reason (why it is not done), the weeks it started,
 * finished and became adopted (−1: never, or before week 0 for initial adopters), and its
 * self-sufficiency σ.
 */
public final class TeamOutcomes {
    private final byte[] status;
    private final byte[] reason;
    private final int[] startWeek;
    private final int[] doneWeek;
    private final int[] adoptedWeek;
    private final boolean[] adopted;
    private final double[] sufficiency;

    /**
     * The outcome over these per-team arrays, which become its own: pass arrays nobody changes
     * afterwards (the engine passes fresh ones, built for this result; a run makes one per replicate
     * and strategy, so copying them again was a measurable part of building a result).
     */
    public TeamOutcomes(byte[] status, byte[] reason, int[] startWeek, int[] doneWeek, int[] adoptedWeek,
            boolean[] adopted, double[] sufficiency) {
        this.adopted = adopted;
        this.status = status;
        this.reason = reason;
        this.startWeek = startWeek;
        this.doneWeek = doneWeek;
        this.adoptedWeek = adoptedWeek;
        this.sufficiency = sufficiency;
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

    /** Week the team became adopted (done and σ ≥ adoptedAt); −1 if it was before week 0 or has not happened. */
    public int adoptedWeek(int team) {
        return adoptedWeek[team];
    }

    /** Whether the team is adopted at the horizon. */
    public boolean adopted(int team) {
        return adopted[team];
    }

    /** The team's self-sufficiency σ at the horizon (0 if not done). */
    public double sufficiency(int team) {
        return sufficiency[team];
    }
}
