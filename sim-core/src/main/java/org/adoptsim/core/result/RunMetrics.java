package org.adoptsim.core.result;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The per-run figures of MODEL.md "What a run reports". Milestones are weeks elapsed until honest
 * adoption first reached the share at the end of a week (week index + 1); {@link #NOT_REACHED} in the
 * raw field means censored at the horizon, and the {@code Optional} accessors say so. Rates are per
 * team-week. Hours are engineering hours over the whole run.
 *
 * @param teams                 organisation size
 * @param weeks                 horizon of the run
 * @param weeksTo50             weeks to 50 % honest adoption, or −1
 * @param weeksTo90             weeks to 90 %, or −1
 * @param weeksTo100            weeks to 100 %, or −1
 * @param finalDoneShare        honest adoption at the horizon
 * @param finalStartedShare     vanity adoption at the horizon
 * @param finalDualShare        share of teams dual at the horizon
 * @param neverStartedShare     share of teams that never started (idle or willing at the horizon)
 * @param dualTeamWeeks         team-weeks spent dual
 * @param blockedTeamWeeks      team-weeks of migration work lost to open blockers
 * @param migrationHours        team hours of migration work (hidden dependencies included)
 * @param dualToilHours         team hours of running the old system while dual (their stayCost)
 * @param platformHours         platform hours spent
 * @param meanTimeToMigrate     mean weeks from start to done over teams that did both in the run, NaN if none
 * @param lastThreeTimes        weeks from start to done of the last three teams to finish, in finishing order
 * @param incidentRateBefore    incidents per team-week on the old system
 * @param incidentRateAfter     incidents per team-week after migrating
 * @param incidents             all incidents (old, new, dark-period, shutdown)
 * @param plannedIncidents      small incidents of the dark period
 * @param shutdownIncidents     hidden dependencies that broke at shutdown
 * @param championRatio         champions per team
 * @param meanResentment        mean resentment over all teams at the horizon
 * @param mandateWeek           week the mandate fired, or −1
 * @param sunsetWeek            week the sunset was announced, or −1
 * @param shutdownWeek          week the old system was switched off, or −1
 * @param emergencyMigrations   teams moved by the shutdown
 * @param halfMigrations        teams declared migrated at the mandate's deadline while still on the old system
 * @param blockersFixed         blockers fixed by the platform team
 * @param conversions           holdouts converted
 * @param finalMaturity         platform maturity at the horizon
 */
public record RunMetrics(int teams, int weeks, int weeksTo50, int weeksTo90, int weeksTo100, double finalDoneShare,
        double finalStartedShare, double finalDualShare, double neverStartedShare, long dualTeamWeeks, long blockedTeamWeeks,
        double migrationHours, double dualToilHours, double platformHours, double meanTimeToMigrate,
        int[] lastThreeTimes, double incidentRateBefore, double incidentRateAfter, long incidents,
        long plannedIncidents, long shutdownIncidents, double championRatio, double meanResentment,
        int mandateWeek, int sunsetWeek, int shutdownWeek, int emergencyMigrations, int halfMigrations, int blockersFixed,
        int conversions, double finalMaturity) {

    public static final int NOT_REACHED = -1;

    public RunMetrics {
        lastThreeTimes = lastThreeTimes.clone();
    }

    @Override
    public int[] lastThreeTimes() {
        return lastThreeTimes.clone();
    }

    public OptionalInt weeksTo(int percent) {
        int raw = switch (percent) {
            case 50 -> weeksTo50;
            case 90 -> weeksTo90;
            case 100 -> weeksTo100;
            default -> throw new IllegalArgumentException("milestones are 50, 90 and 100 %");
        };
        return raw == NOT_REACHED ? OptionalInt.empty() : OptionalInt.of(raw);
    }

    public OptionalInt shutdown() {
        return shutdownWeek < 0 ? OptionalInt.empty() : OptionalInt.of(shutdownWeek);
    }

    public OptionalInt mandate() {
        return mandateWeek < 0 ? OptionalInt.empty() : OptionalInt.of(mandateWeek);
    }

    /** Slope (weeks per finishing position) of the last three times to migrate; empty if fewer than three. */
    public OptionalDouble lastThreeTrend() {
        if (lastThreeTimes.length < 3) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((lastThreeTimes[2] - lastThreeTimes[0]) / 2.0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunMetrics m && toString().equals(m.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "RunMetrics[teams=" + teams + ", weeks=" + weeks + ", weeksTo50=" + weeksTo50 + ", weeksTo90="
                + weeksTo90 + ", weeksTo100=" + weeksTo100 + ", finalDoneShare=" + finalDoneShare
                + ", finalStartedShare=" + finalStartedShare + ", finalDualShare=" + finalDualShare
                + ", neverStartedShare=" + neverStartedShare + ", dualTeamWeeks=" + dualTeamWeeks + ", blockedTeamWeeks=" + blockedTeamWeeks
                + ", migrationHours=" + migrationHours + ", dualToilHours=" + dualToilHours + ", platformHours="
                + platformHours + ", meanTimeToMigrate=" + meanTimeToMigrate + ", lastThreeTimes="
                + java.util.Arrays.toString(lastThreeTimes) + ", incidentRateBefore=" + incidentRateBefore
                + ", incidentRateAfter=" + incidentRateAfter + ", incidents=" + incidents + ", plannedIncidents="
                + plannedIncidents + ", shutdownIncidents=" + shutdownIncidents + ", championRatio="
                + championRatio + ", meanResentment=" + meanResentment + ", mandateWeek=" + mandateWeek
                + ", sunsetWeek=" + sunsetWeek + ", shutdownWeek=" + shutdownWeek + ", emergencyMigrations="
                + emergencyMigrations + ", halfMigrations=" + halfMigrations + ", blockersFixed=" + blockersFixed + ", conversions=" + conversions
                + ", finalMaturity=" + finalMaturity + "]";
    }
}
