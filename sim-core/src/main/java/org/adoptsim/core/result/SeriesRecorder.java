package org.adoptsim.core.result;

/** Records every week into primitive arrays and hands them over as a {@link WeeklySeries}. */
public final class SeriesRecorder implements WeekObserver {
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
    private int recorded;
    private static final TeamStatus[] STATUSES = TeamStatus.values();
    private static final Reason[] REASONS = Reason.values();
    private static final LedgerEntry[] ENTRIES = LedgerEntry.values();
    private static final PlatformUse[] USES = PlatformUse.values();

    public SeriesRecorder(int teams, int weeks) {
        this.teams = teams;
        statusCounts = new int[TeamStatus.values().length][weeks];
        reasonCounts = new int[Reason.values().length][weeks];
        meanResentment = new double[weeks];
        incidents = new long[weeks];
        champions = new int[weeks];
        maturity = new double[weeks];
        hours = new double[3][weeks];
        dualTeamWeeks = new long[weeks];
        adopted = new int[weeks];
        ledger = new double[ENTRIES.length][weeks];
        platformUse = new double[USES.length][weeks];
    }

    @Override
    public void onWeek(WeekView v) {
        int w = v.week();
        for (TeamStatus s : STATUSES) {
            statusCounts[s.ordinal()][w] = v.count(s);
        }
        for (Reason r : REASONS) {
            reasonCounts[r.ordinal()][w] = v.count(r);
        }
        meanResentment[w] = v.meanResentment();
        incidents[w] = v.incidents();
        champions[w] = v.champions();
        maturity[w] = v.maturity();
        hours[0][w] = v.migrationHours();
        hours[1][w] = v.dualToilHours();
        hours[2][w] = v.platformHours();
        dualTeamWeeks[w] = v.dualTeamWeeks();
        adopted[w] = v.adopted();
        for (LedgerEntry e : ENTRIES) {
            ledger[e.ordinal()][w] = v.hours(e);
        }
        for (PlatformUse u : USES) {
            platformUse[u.ordinal()][w] = v.platformHours(u);
        }
        recorded = Math.max(recorded, w + 1);
    }

    /** The series so far; the recorder must not be used afterwards. */
    public WeeklySeries series() {
        if (recorded != meanResentment.length) {
            throw new IllegalStateException("recorded " + recorded + " of " + meanResentment.length + " weeks");
        }
        return new WeeklySeries(teams, statusCounts, reasonCounts, meanResentment, incidents, champions, maturity,
                hours, dualTeamWeeks, adopted, ledger, platformUse);
    }
}
