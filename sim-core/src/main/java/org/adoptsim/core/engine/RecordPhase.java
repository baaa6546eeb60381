package org.adoptsim.core.engine;

import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.result.WeekView;

/**
 * Step 9: settles each team's reason for the week, counts states and reasons, charges the week's
 * dual running (a team dual at the end of a week costs a dual team-week and its stayCost in toil), and
 * shows the week to the observer. The view is this object itself, reused every week (no allocation).
 */
final class RecordPhase implements Phase, WeekView {
    private final int[] statusCounts = new int[TeamStatus.values().length];
    private final int[] reasonCounts = new int[Reason.values().length];
    private WeekObserver observer = WeekObserver.NONE;
    private World world;
    private double meanResentment;
    private long incidentsBefore;
    private long incidentsThisWeek;

    void reset(WeekObserver weekObserver) {
        observer = weekObserver;
        incidentsBefore = 0;
    }

    @Override
    public void apply(World w) {
        world = w;
        TeamState t = w.teams;
        java.util.Arrays.fill(statusCounts, 0);
        java.util.Arrays.fill(reasonCounts, 0);
        double resentment = 0;
        for (int i = 0; i < t.n; i++) {
            byte r = reasonOf(t, i);
            t.reason[i] = r;
            statusCounts[t.status[i]]++;
            reasonCounts[r]++;
            resentment += t.resentment[i];
            if (t.status[i] == Codes.S_DUAL) {
                w.totals.dualTeamWeeks++;
                w.totals.dualToilHours += t.org.stayCost(i);
            }
        }
        meanResentment = resentment / t.n;
        long total = totalIncidents(w.totals);
        incidentsThisWeek = total - incidentsBefore;
        incidentsBefore = total;
        observer.onWeek(this);
    }

    static long totalIncidents(Totals totals) {
        return totals.incidentsOld + totals.incidentsNew + totals.plannedIncidents + totals.shutdownIncidents;
    }

    /** The reason for the team's state; idle teams keep the one their decision gave them. */
    private static byte reasonOf(TeamState t, int i) {
        return switch (t.status[i]) {
            case Codes.S_DONE -> Codes.R_NONE;
            case Codes.S_DUAL -> Codes.R_DUAL;
            case Codes.S_BLOCKED -> Codes.R_BLOCKED_PLATFORM;
            case Codes.S_WILLING -> Codes.R_ROADMAP;
            case Codes.S_MIGRATING -> t.waitingUpstream[i] && t.remaining[i] <= 0 ? Codes.R_BLOCKED_DEPENDENCY
                    : Codes.R_MIGRATING;
            default -> t.reason[i];
        };
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
        return statusCounts[status.ordinal()];
    }

    @Override
    public int count(Reason reason) {
        return reasonCounts[reason.ordinal()];
    }

    @Override
    public TeamStatus status(int team) {
        return TeamStatus.of(world.teams.status[team]);
    }

    @Override
    public Reason reason(int team) {
        return Reason.of(world.teams.reason[team]);
    }

    @Override
    public double meanResentment() {
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
