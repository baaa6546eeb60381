package org.adoptsim.core.result;

/** A read-only look at one run at the end of a week. Hours and dual team-weeks are cumulative. */
public interface WeekView {
    int week();

    int teams();

    int count(TeamStatus status);

    /** Teams holding this reason; {@link Reason#NONE} counts the done teams. */
    int count(Reason reason);

    /** Honest adoption: teams with the old system off. */
    default int done() {
        return count(TeamStatus.DONE);
    }

    /** Vanity adoption: teams that have started (migrating, blocked, dual or done). */
    default int started() {
        return count(TeamStatus.MIGRATING) + count(TeamStatus.BLOCKED) + count(TeamStatus.DUAL) + done();
    }

    TeamStatus status(int team);

    Reason reason(int team);

    double meanResentment();

    /** Incidents this week: old and new system, dark-period and shutdown incidents together. */
    long incidents();

    int champions();

    double maturity();

    double migrationHours();

    double dualToilHours();

    double platformHours();

    long dualTeamWeeks();
}
