package org.adoptsim.core.result;

/**
 * A read-only look at one run at the end of a week. Hours, ledger entries and dual team-weeks are
 * cumulative engineer-hours (or team-weeks) from week 0 to the end of this week.
 */
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

    /** Adopted (docs/model.md): done and self-sufficient (σ ≥ adoptedAt). Never more than {@link #done()}. */
    int adopted();

    TeamStatus status(int team);

    /** A team's self-sufficiency σ in [0, 1]; 0 for a team that is not done. */
    double sufficiency(int team);

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

    /** Cumulative hours of one ledger entry. */
    double hours(LedgerEntry entry);

    /** Cumulative platform hours of one use; they sum to {@code hours(LedgerEntry.PLATFORM)}. */
    double platformHours(PlatformUse use);

    /** Cumulative net hours: gain − (migration + dual + platform + incidents + staying). */
    default double netHours() {
        return LedgerEntry.net(hours(LedgerEntry.MIGRATION), hours(LedgerEntry.DUAL), hours(LedgerEntry.PLATFORM),
                hours(LedgerEntry.INCIDENTS), hours(LedgerEntry.STAYING), hours(LedgerEntry.GAIN));
    }
}
