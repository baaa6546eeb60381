package org.adoptsim.core.engine;

import org.adoptsim.core.result.LedgerEntry;
import org.adoptsim.core.result.PlatformUse;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.result.WeekView;

/**
 * Step 9: charges the week's ledger from the end-of-week state and shows the week to the observer.
 * A team dual at the end of a week costs a dual team-week, its stayCost in toil and the capacity it
 * keeps giving (dualCapacityFactor·c·(1 − slowdown·r)); a team still on the old system (not done, not
 * dual) pays its stayCost as staying; every stayCost is ×throttleFactor while the old system is
 * throttled; a done team earns gain·quality. Incidents are priced from their counts. The initiative
 * is done the first week the old system is off for everyone, every team is adopted and the support
 * they would ask falls below initiativeSupportShare of the platform capacity. The view is this object
 * itself, reused every week (no allocation), and computes what it is asked for from the end-of-week
 * state: status counts are kept by {@link TeamState}; reason counts are counted on the first request of
 * the week (a run nobody observes in detail pays nothing for them; {@link TeamState#countReasons});
 * a team's reason is derived from its status ({@link TeamState#reasonCode}). Mean resentment is summed again only after a team's resentment was
 * set ({@link World#resentments}), which happens in a mandate's week, not every week. With functions declared, the week's
 * {@code sign-off} reasons are also counted by function into the run's functions outcome
 * ({@link SignOffDesk#countReasons}); without them that costs one test a week.
 */
final class RecordPhase implements Phase, WeekView {
    private final int[] reasonCounts = new int[Codes.REASONS];
    final World world;
    private WeekObserver observer = WeekObserver.NONE;
    private boolean reasonsCounted;
    /** {@link World#resentments} when {@link #meanResentment} was last summed, or −1. */
    private int resentmentAt = -1;
    private double meanResentment;
    private long incidentsBefore;
    private long incidentsThisWeek;

    /**
     * The record of this world's runs. It keeps the world rather than taking it each week: a reference
     * stored every week into this long-lived object cost the garbage collector's write barrier (G1's
     * is not free for old objects) in the middle of the weekly step.
     */
    RecordPhase(World world) {
        this.world = world;
    }

    void reset(WeekObserver weekObserver) {
        observer = weekObserver;
        incidentsBefore = 0;
        resentmentAt = -1;
    }

    @Override
    public void apply(World w) {
        reasonsCounted = false;
        chargeDualRunning(w);
        chargeLedger(w);
        noteInitiativeDone(w);
        long total = totalIncidents(w.totals);
        incidentsThisWeek = total - incidentsBefore;
        incidentsBefore = total;
        if (w.desk.active) {
            w.desk.countReasons(w.teams, w.initiative.week);
        }
        observer.onWeek(this);
    }

    private static double stayFactor(World w) {
        return w.initiative.throttled ? w.rules.sunset().throttleFactor() : 1;
    }

    private static void chargeDualRunning(World w) {
        TeamState t = w.teams;
        int dual = t.count(Codes.S_DUAL);
        if (dual == 0) {
            return;
        }
        Totals totals = w.totals;
        totals.dualTeamWeeks += dual;
        double stay = stayFactor(w);
        double[] dualHours = t.dualHours;
        double toilSum = totals.dualToilHours;
        double ledger = totals.ledgerDual;
        for (int block = 0; block < t.words(); block++) {
            for (long b = t.statusWord(Codes.S_DUAL, block); b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                double toil = t.org.stayCost(i) * stay;
                toilSum += toil;
                ledger += toil + dualHours[i];
            }
        }
        totals.dualToilHours = toilSum;
        totals.ledgerDual = ledger;
    }

    private static void chargeLedger(World w) {
        TeamState t = w.teams;
        Totals tot = w.totals;
        tot.stayingHours += t.oldStayCost * stayFactor(w);
        tot.gainHours += tot.gainPerWeek;
        var l = w.rules.ledger();
        tot.incidentHours = (tot.incidentsOld + tot.incidentsNew) * l.incidentHours()
                + tot.plannedIncidents * l.plannedIncidentHours() + tot.shutdownIncidents * l.shutdownIncidentHours();
    }

    private static void noteInitiativeDone(World w) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        if (in.initiativeDoneWeek != Initiative.NEVER || w.totals.adopted < t.n) {
            return;
        }
        double asked = 0;
        for (int k = 0; k < t.doneCount; k++) {
            asked += w.rules.adoption().supportHours() * (1 - t.doneSigma[k]);
        }
        if (asked < w.rules.adoption().initiativeSupportShare() * w.rules.platform().capacity()) {
            in.initiativeDoneWeek = in.week;
        }
    }

    static long totalIncidents(Totals totals) {
        return totals.incidentsOld + totals.incidentsNew + totals.plannedIncidents + totals.shutdownIncidents;
    }

    private void countReasons() {
        world.teams.countReasons(reasonCounts);
        reasonsCounted = true;
    }

    @Override
    public int week() {
        return world.initiative.week;
    }

    @Override
    public int teams() {
        return world.teams.n;
    }

    @Override
    public int count(TeamStatus status) {
        return world.teams.count((byte) status.ordinal());
    }

    @Override
    public int count(Reason reason) {
        if (!reasonsCounted) {
            countReasons();
        }
        return reasonCounts[reason.ordinal()];
    }

    @Override
    public int adopted() {
        return world.totals.adopted;
    }

    @Override
    public double sufficiency(int team) {
        return world.teams.sufficiency(team);
    }

    @Override
    public double hours(LedgerEntry entry) {
        Totals tot = world.totals;
        return switch (entry) {
            case MIGRATION -> tot.ledgerMigration;
            case DUAL -> tot.ledgerDual;
            case PLATFORM -> tot.platformHours;
            case INCIDENTS -> tot.incidentHours;
            case STAYING -> tot.stayingHours;
            case GAIN -> tot.gainHours;
        };
    }

    @Override
    public double platformHours(PlatformUse use) {
        return world.totals.platformUse[use.ordinal()];
    }

    @Override
    public TeamStatus status(int team) {
        return TeamStatus.of(world.teams.status[team]);
    }

    @Override
    public Reason reason(int team) {
        return Reason.of(world.teams.reasonCode(team));
    }

    @Override
    public double meanResentment() {
        if (resentmentAt != world.resentments) {
            TeamState t = world.teams;
            double sum = 0;
            for (int i = 0; i < t.n; i++) {
                sum += t.resentment[i];
            }
            meanResentment = sum / t.n;
            resentmentAt = world.resentments;
        }
        return meanResentment;
    }

    @Override
    public long incidents() {
        return incidentsThisWeek;
    }

    @Override
    public int champions() {
        return world.totals.champions;
    }

    @Override
    public double maturity() {
        return world.initiative.maturity;
    }

    @Override
    public double migrationHours() {
        return world.totals.migrationHours;
    }

    @Override
    public double dualToilHours() {
        return world.totals.dualToilHours;
    }

    @Override
    public double platformHours() {
        return world.totals.platformHours;
    }

    @Override
    public long dualTeamWeeks() {
        return world.totals.dualTeamWeeks;
    }
}
