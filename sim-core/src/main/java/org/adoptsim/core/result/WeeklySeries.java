package org.adoptsim.core.result;

import java.util.Arrays;

/**
 * The per-week record of one run, immutable. Row index = week (0 … weeks-1). Hours, ledger entries
 * and dual team-weeks are cumulative engineer-hours (team-weeks) to the end of the week; incidents are
 * per week.
 */
public final class WeeklySeries {
    private final int teams;
    private final int[][] statusCounts;
    private final int[][] reasonCounts;
    private final double[] meanResentment;
    private final long[] incidents;
    private final int[] champions;
    private final double[] maturity;
    private final double[][] hours;
    private final long[] dualTeamWeeks;
    private final int[] adopted;
    private final double[][] ledger;
    private final double[][] platformUse;

    WeeklySeries(int teams, int[][] statusCounts, int[][] reasonCounts, double[] meanResentment, long[] incidents,
            int[] champions, double[] maturity, double[][] hours, long[] dualTeamWeeks, int[] adopted,
            double[][] ledger, double[][] platformUse) {
        this.teams = teams;
        this.statusCounts = statusCounts;
        this.reasonCounts = reasonCounts;
        this.meanResentment = meanResentment;
        this.incidents = incidents;
        this.champions = champions;
        this.maturity = maturity;
        this.hours = hours;
        this.dualTeamWeeks = dualTeamWeeks;
        this.adopted = adopted;
        this.ledger = ledger;
        this.platformUse = platformUse;
    }

    public int weeks() {
        return meanResentment.length;
    }

    public int teams() {
        return teams;
    }

    public int count(TeamStatus s, int week) {
        return statusCounts[s.ordinal()][week];
    }

    public int count(Reason r, int week) {
        return reasonCounts[r.ordinal()][week];
    }

    public int done(int week) {
        return count(TeamStatus.DONE, week);
    }

    public int started(int week) {
        return done(week) + count(TeamStatus.MIGRATING, week) + count(TeamStatus.BLOCKED, week)
                + count(TeamStatus.DUAL, week);
    }

    public double doneShare(int week) {
        return (double) done(week) / teams;
    }

    public double startedShare(int week) {
        return (double) started(week) / teams;
    }

    public double meanResentment(int week) {
        return meanResentment[week];
    }

    public long incidents(int week) {
        return incidents[week];
    }

    public int champions(int week) {
        return champions[week];
    }

    public double maturity(int week) {
        return maturity[week];
    }

    public double migrationHours(int week) {
        return hours[0][week];
    }

    public double dualToilHours(int week) {
        return hours[1][week];
    }

    public double platformHours(int week) {
        return hours[2][week];
    }

    public long dualTeamWeeks(int week) {
        return dualTeamWeeks[week];
    }

    /** Honest adoption share for every week. */
    public double[] doneShares() {
        double[] out = new double[weeks()];
        Arrays.setAll(out, this::doneShare);
        return out;
    }

    /** Vanity adoption share for every week. */
    public double[] startedShares() {
        double[] out = new double[weeks()];
        Arrays.setAll(out, this::startedShare);
        return out;
    }

    /** Teams adopted (done and self-sufficient) at the end of the week. */
    public int adopted(int week) {
        return adopted[week];
    }

    public double adoptedShare(int week) {
        return (double) adopted[week] / teams;
    }

    /** Cumulative hours of a ledger entry to the end of the week. */
    public double hours(LedgerEntry e, int week) {
        return ledger[e.ordinal()][week];
    }

    /** Cumulative platform hours of one use to the end of the week. */
    public double platformHours(PlatformUse u, int week) {
        return platformUse[u.ordinal()][week];
    }

    /** Cumulative net hours (gain − costs) to the end of the week. */
    public double netHours(int week) {
        return LedgerEntry.net(hours(LedgerEntry.MIGRATION, week), hours(LedgerEntry.DUAL, week),
                hours(LedgerEntry.PLATFORM, week), hours(LedgerEntry.INCIDENTS, week), hours(LedgerEntry.STAYING, week),
                hours(LedgerEntry.GAIN, week));
    }

    /** Cumulative net hours for every week: the series {@link BreakEven#week} compares. */
    public double[] netHoursSeries() {
        double[] out = new double[weeks()];
        Arrays.setAll(out, this::netHours);
        return out;
    }
}
