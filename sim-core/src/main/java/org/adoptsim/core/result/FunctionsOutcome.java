package org.adoptsim.core.result;

import java.util.List;

/**
 * What the functions nobody commands did in one run (docs/model.md, "Across functions"), per function
 * in the scenario's order: team-weeks teams were held waiting on it, send-backs and their rework hours,
 * reviews and their weeks, approvals and the weeks from a request's first filing to its approval;
 * per stage, the holds (a team held from needing the answer until its last sign-off of the stage) and
 * their weeks; per team, the function it still waits for at the end; per function and week, the
 * teams waiting on it, the teams whose laggard reason is {@code sign-off} naming it, and the
 * function's alignment. Immutable (arrays are copied in and out).
 */
public final class FunctionsOutcome {
    private final List<String> names;
    private final long[] waitedTeamWeeks;
    private final int[] sendBacks;
    private final double[] reworkHours;
    private final int[] reviews;
    private final long[] reviewWeeks;
    private final int[] approvals;
    private final long[] requestWeeks;
    private final int[] holds;
    private final long[] holdWeeks;
    private final int[] waitingFor;
    private final int[][] weeklyWaiting;
    private final int[][] weeklySignOff;
    private final double[][] weeklyAlignment;

    private FunctionsOutcome(Builder b) {
        names = List.copyOf(b.names);
        waitedTeamWeeks = b.waitedTeamWeeks.clone();
        sendBacks = b.sendBacks.clone();
        reworkHours = b.reworkHours.clone();
        reviews = b.reviews.clone();
        reviewWeeks = b.reviewWeeks.clone();
        approvals = b.approvals.clone();
        requestWeeks = b.requestWeeks.clone();
        holds = b.holds.clone();
        holdWeeks = b.holdWeeks.clone();
        waitingFor = b.waitingFor.clone();
        weeklyWaiting = new int[b.weeklyWaiting.length][];
        for (int f = 0; f < weeklyWaiting.length; f++) {
            weeklyWaiting[f] = b.weeklyWaiting[f].clone();
        }
        weeklySignOff = new int[b.weeklySignOff.length][];
        for (int f = 0; f < weeklySignOff.length; f++) {
            weeklySignOff[f] = b.weeklySignOff[f].clone();
        }
        weeklyAlignment = new double[b.weeklyAlignment.length][];
        for (int f = 0; f < weeklyAlignment.length; f++) {
            weeklyAlignment[f] = b.weeklyAlignment[f].clone();
        }
    }

    public static Builder builder(List<String> names, int teams, int weeks) {
        return new Builder(names, teams, weeks);
    }

    public List<String> names() {
        return names;
    }

    public int functions() {
        return names.size();
    }

    /** Team-weeks teams were held waiting on function {@code f} (a request queued or in review). */
    public long waitedTeamWeeks(int f) {
        return waitedTeamWeeks[f];
    }

    /** Function {@code f}'s share of all waiting (0 when nobody waited). */
    public double waitingShare(int f) {
        long all = 0;
        for (long w : waitedTeamWeeks) {
            all += w;
        }
        return all == 0 ? 0 : waitedTeamWeeks[f] / (double) all;
    }

    public int sendBacks(int f) {
        return sendBacks[f];
    }

    public double reworkHours(int f) {
        return reworkHours[f];
    }

    public int reviews(int f) {
        return reviews[f];
    }

    /** Mean length of a finished review in weeks (NaN with none): the review itself, not the wait before it. */
    public double meanReviewWeeks(int f) {
        return reviews[f] == 0 ? Double.NaN : reviewWeeks[f] / (double) reviews[f];
    }

    public int approvals(int f) {
        return approvals[f];
    }

    /** Mean weeks from a request's first filing to its approval (NaN with none). */
    public double meanRequestWeeks(int f) {
        return approvals[f] == 0 ? Double.NaN : requestWeeks[f] / (double) approvals[f];
    }

    /** Holds of a stage that ended (all its sign-offs approved), by {@code SignOffStage} ordinal. */
    public int holds(int stage) {
        return holds[stage];
    }

    /** Mean weeks a team was held at a stage (NaN with none). */
    public double meanHoldWeeks(int stage) {
        return holds[stage] == 0 ? Double.NaN : holdWeeks[stage] / (double) holds[stage];
    }

    /** The function team {@code team} waited for at the end of the run, or −1. */
    public int waitingFor(int team) {
        return waitingFor[team];
    }

    public int teams() {
        return waitingFor.length;
    }

    /** Teams waiting on function {@code f} in week {@code week}. */
    public int waiting(int f, int week) {
        return weeklyWaiting[f][week];
    }

    /**
     * Teams whose laggard reason at the end of week {@code week} is {@code sign-off} naming function
     * {@code f} (the first function they still wait for): summed over the functions, the week's count of
     * {@link Reason#SIGN_OFF}. Unlike {@link #waiting}, a team counts for one function only.
     */
    public int signOffReason(int f, int week) {
        return weeklySignOff[f][week];
    }

    /** Function {@code f}'s alignment in week {@code week}, after that week's levers. */
    public double alignment(int f, int week) {
        return weeklyAlignment[f][week];
    }

    public int weeks() {
        return weeklyWaiting.length == 0 ? 0 : weeklyWaiting[0].length;
    }

    /** Filled by the engine during a run; {@link #build} copies it. */
    public static final class Builder {
        private final List<String> names;
        public final long[] waitedTeamWeeks;
        public final int[] sendBacks;
        public final double[] reworkHours;
        public final int[] reviews;
        public final long[] reviewWeeks;
        public final int[] approvals;
        public final long[] requestWeeks;
        public final int[] holds = new int[2];
        public final long[] holdWeeks = new long[2];
        public final int[] waitingFor;
        public final int[][] weeklyWaiting;
        public final int[][] weeklySignOff;
        public final double[][] weeklyAlignment;

        private Builder(List<String> names, int teams, int weeks) {
            this.names = List.copyOf(names);
            int n = names.size();
            waitedTeamWeeks = new long[n];
            sendBacks = new int[n];
            reworkHours = new double[n];
            reviews = new int[n];
            reviewWeeks = new long[n];
            approvals = new int[n];
            requestWeeks = new long[n];
            waitingFor = new int[teams];
            weeklyWaiting = new int[n][weeks];
            weeklySignOff = new int[n][weeks];
            weeklyAlignment = new double[n][weeks];
        }

        public FunctionsOutcome build() {
            return new FunctionsOutcome(this);
        }
    }
}
