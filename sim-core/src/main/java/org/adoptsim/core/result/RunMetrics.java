package org.adoptsim.core.result;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The per-run figures of docs/model.md "What a run reports". Milestones are weeks elapsed until a
 * share was first reached at the end of a week (week index + 1); {@link #NOT_REACHED} in the raw field
 * means censored at the horizon, and the {@code Optional} accessors say so. Event weeks (mandate,
 * sunset, shutdown) are week indices. Rates are per team-week. Hours are engineer-hours over the whole
 * run; {@link #ledger()} holds the hours ledger. Built by name with {@link #builder()}.
 *
 * @param teams                 organisation size
 * @param weeks                 horizon of the run
 * @param weeksTo50             weeks to 50 % honest (done) adoption, or −1
 * @param weeksTo90             weeks to 90 % done, or −1
 * @param weeksTo100            weeks to 100 % done, or −1
 * @param weeksToAdopted90      weeks to 90 % adopted (done and self-sufficient), or −1
 * @param weeksToInitiativeDone weeks until the initiative was done (old system off for everyone, every team adopted, post-migration support asked below its share of platform capacity), or −1
 * @param finalDoneShare        honest (done) adoption at the horizon
 * @param finalAdoptedShare     adopted share at the horizon
 * @param adoptedShare52        adopted share after 52 weeks; NaN if the run is shorter
 * @param finalStartedShare     vanity adoption at the horizon
 * @param finalDualShare        share of teams dual at the horizon
 * @param neverStartedShare     share of teams that never started (idle or willing at the horizon)
 * @param dualTeamWeeks         team-weeks spent dual
 * @param blockedTeamWeeks      team-weeks of migration work lost to open blockers
 * @param migrationHours        team hours of migration work, dual teams' work, hidden dependencies and the remaining effort forced through at shutdown included
 * @param dualToilHours         team hours of running the old system while dual (their stayCost, ×throttleFactor while throttled)
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
 * @param deadlineWeek          week the mandate's deadline fell (mandate week + its deadlineWeeks, forced
 *                              teams not done turned dual), or −1 when there was no mandate or the
 *                              deadline lies beyond the horizon
 * @param sunsetWeek            week the sunset was announced, or −1
 * @param shutdownWeek          week the old system was switched off, or −1
 * @param emergencyMigrations   teams forced through an emergency migration at shutdown (the ledger's forced_at_shutdown)
 * @param halfMigrations        teams declared migrated at the mandate's deadline while still on the old system
 * @param blockersFixed         blockers fixed by the platform team
 * @param conversions           holdouts converted
 * @param finalMaturity         platform maturity at the horizon
 * @param ledger                the run's hours ledger
 */
public record RunMetrics(int teams, int weeks, int weeksTo50, int weeksTo90, int weeksTo100, int
        weeksToAdopted90, int weeksToInitiativeDone, double finalDoneShare, double finalAdoptedShare, double
        adoptedShare52, double finalStartedShare, double finalDualShare, double neverStartedShare, long
        dualTeamWeeks, long blockedTeamWeeks, double migrationHours, double dualToilHours, double platformHours,
        double meanTimeToMigrate, int[] lastThreeTimes, double incidentRateBefore, double incidentRateAfter,
        long incidents, long plannedIncidents, long shutdownIncidents, double championRatio, double
        meanResentment, int mandateWeek, int deadlineWeek, int sunsetWeek, int shutdownWeek,
        int emergencyMigrations, int halfMigrations, int blockersFixed, int conversions, double finalMaturity, Ledger ledger) {

    public static final int NOT_REACHED = -1;

    public RunMetrics {
        lastThreeTimes = lastThreeTimes.clone();
        Objects.requireNonNull(ledger, "ledger");
    }

    public static Builder builder() {
        return new Builder();
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
        return censored(raw);
    }

    /** Weeks to 90 % adopted; empty if censored at the horizon. */
    public OptionalInt weeksToAdopted90Reached() {
        return censored(weeksToAdopted90);
    }

    /** Weeks until the initiative was done; empty if censored at the horizon. */
    public OptionalInt initiativeDone() {
        return censored(weeksToInitiativeDone);
    }

    /** Teams forced through an emergency migration at shutdown (same as {@link #emergencyMigrations()}). */
    public int forcedAtShutdown() {
        return emergencyMigrations;
    }

    private static OptionalInt censored(int raw) {
        return raw == NOT_REACHED ? OptionalInt.empty() : OptionalInt.of(raw);
    }

    public OptionalInt shutdown() {
        return shutdownWeek < 0 ? OptionalInt.empty() : OptionalInt.of(shutdownWeek);
    }

    public OptionalInt mandate() {
        return mandateWeek < 0 ? OptionalInt.empty() : OptionalInt.of(mandateWeek);
    }

    /**
     * The trend of the last three teams' time to migrate: (last − third to last) / 2, in weeks per
     * finishing position. Positive means the tail takes longer than the teams before it; empty if
     * fewer than three teams finished after starting in the run.
     */
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
        return "RunMetrics[teams=" + teams + ", weeks=" + weeks + ", weeksTo50=" + weeksTo50
                + ", weeksTo90=" + weeksTo90 + ", weeksTo100=" + weeksTo100
                + ", weeksToAdopted90=" + weeksToAdopted90 + ", weeksToInitiativeDone=" + weeksToInitiativeDone
                + ", finalDoneShare=" + finalDoneShare + ", finalAdoptedShare=" + finalAdoptedShare
                + ", adoptedShare52=" + adoptedShare52 + ", finalStartedShare=" + finalStartedShare
                + ", finalDualShare=" + finalDualShare + ", neverStartedShare=" + neverStartedShare
                + ", dualTeamWeeks=" + dualTeamWeeks + ", blockedTeamWeeks=" + blockedTeamWeeks
                + ", migrationHours=" + migrationHours + ", dualToilHours=" + dualToilHours
                + ", platformHours=" + platformHours + ", meanTimeToMigrate=" + meanTimeToMigrate
                + ", lastThreeTimes=" + Arrays.toString(lastThreeTimes)
                + ", incidentRateBefore=" + incidentRateBefore + ", incidentRateAfter=" + incidentRateAfter
                + ", incidents=" + incidents + ", plannedIncidents=" + plannedIncidents
                + ", shutdownIncidents=" + shutdownIncidents + ", championRatio=" + championRatio
                + ", meanResentment=" + meanResentment + ", mandateWeek=" + mandateWeek
                + ", deadlineWeek=" + deadlineWeek
                + ", sunsetWeek=" + sunsetWeek + ", shutdownWeek=" + shutdownWeek
                + ", emergencyMigrations=" + emergencyMigrations + ", halfMigrations=" + halfMigrations
                + ", blockersFixed=" + blockersFixed + ", conversions=" + conversions
                + ", finalMaturity=" + finalMaturity + ", ledger=" + ledger + "]";
    }

    /** Named construction of a {@link RunMetrics}; every field must be set (milestones default to NOT_REACHED, event weeks to −1). */
    public static final class Builder {
        private int teams;
        private int weeks;
        private int weeksTo50 = NOT_REACHED;
        private int weeksTo90 = NOT_REACHED;
        private int weeksTo100 = NOT_REACHED;
        private int weeksToAdopted90 = NOT_REACHED;
        private int weeksToInitiativeDone = NOT_REACHED;
        private double finalDoneShare;
        private double finalAdoptedShare;
        private double adoptedShare52 = Double.NaN;
        private double finalStartedShare;
        private double finalDualShare;
        private double neverStartedShare;
        private long dualTeamWeeks;
        private long blockedTeamWeeks;
        private double migrationHours;
        private double dualToilHours;
        private double platformHours;
        private double meanTimeToMigrate = Double.NaN;
        private int[] lastThreeTimes = new int[0];
        private double incidentRateBefore;
        private double incidentRateAfter;
        private long incidents;
        private long plannedIncidents;
        private long shutdownIncidents;
        private double championRatio;
        private double meanResentment;
        private int mandateWeek = -1;
        private int deadlineWeek = -1;
        private int sunsetWeek = -1;
        private int shutdownWeek = -1;
        private int emergencyMigrations;
        private int halfMigrations;
        private int blockersFixed;
        private int conversions;
        private double finalMaturity;
        private Ledger ledger;

        private Builder() {
        }

        public Builder teams(int v) {
            teams = v;
            return this;
        }

        public Builder weeks(int v) {
            weeks = v;
            return this;
        }

        public Builder weeksTo50(int v) {
            weeksTo50 = v;
            return this;
        }

        public Builder weeksTo90(int v) {
            weeksTo90 = v;
            return this;
        }

        public Builder weeksTo100(int v) {
            weeksTo100 = v;
            return this;
        }

        public Builder weeksToAdopted90(int v) {
            weeksToAdopted90 = v;
            return this;
        }

        public Builder weeksToInitiativeDone(int v) {
            weeksToInitiativeDone = v;
            return this;
        }

        public Builder finalDoneShare(double v) {
            finalDoneShare = v;
            return this;
        }

        public Builder finalAdoptedShare(double v) {
            finalAdoptedShare = v;
            return this;
        }

        public Builder adoptedShare52(double v) {
            adoptedShare52 = v;
            return this;
        }

        public Builder finalStartedShare(double v) {
            finalStartedShare = v;
            return this;
        }

        public Builder finalDualShare(double v) {
            finalDualShare = v;
            return this;
        }

        public Builder neverStartedShare(double v) {
            neverStartedShare = v;
            return this;
        }

        public Builder dualTeamWeeks(long v) {
            dualTeamWeeks = v;
            return this;
        }

        public Builder blockedTeamWeeks(long v) {
            blockedTeamWeeks = v;
            return this;
        }

        public Builder migrationHours(double v) {
            migrationHours = v;
            return this;
        }

        public Builder dualToilHours(double v) {
            dualToilHours = v;
            return this;
        }

        public Builder platformHours(double v) {
            platformHours = v;
            return this;
        }

        public Builder meanTimeToMigrate(double v) {
            meanTimeToMigrate = v;
            return this;
        }

        public Builder lastThreeTimes(int[] v) {
            lastThreeTimes = v;
            return this;
        }

        public Builder incidentRateBefore(double v) {
            incidentRateBefore = v;
            return this;
        }

        public Builder incidentRateAfter(double v) {
            incidentRateAfter = v;
            return this;
        }

        public Builder incidents(long v) {
            incidents = v;
            return this;
        }

        public Builder plannedIncidents(long v) {
            plannedIncidents = v;
            return this;
        }

        public Builder shutdownIncidents(long v) {
            shutdownIncidents = v;
            return this;
        }

        public Builder championRatio(double v) {
            championRatio = v;
            return this;
        }

        public Builder meanResentment(double v) {
            meanResentment = v;
            return this;
        }

        public Builder mandateWeek(int v) {
            mandateWeek = v;
            return this;
        }

        public Builder deadlineWeek(int v) {
            deadlineWeek = v;
            return this;
        }

        public Builder sunsetWeek(int v) {
            sunsetWeek = v;
            return this;
        }

        public Builder shutdownWeek(int v) {
            shutdownWeek = v;
            return this;
        }

        public Builder emergencyMigrations(int v) {
            emergencyMigrations = v;
            return this;
        }

        public Builder halfMigrations(int v) {
            halfMigrations = v;
            return this;
        }

        public Builder blockersFixed(int v) {
            blockersFixed = v;
            return this;
        }

        public Builder conversions(int v) {
            conversions = v;
            return this;
        }

        public Builder finalMaturity(double v) {
            finalMaturity = v;
            return this;
        }

        public Builder ledger(Ledger v) {
            ledger = v;
            return this;
        }

        public RunMetrics build() {
            return new RunMetrics(teams, weeks, weeksTo50, weeksTo90, weeksTo100, weeksToAdopted90,
                    weeksToInitiativeDone, finalDoneShare, finalAdoptedShare, adoptedShare52,
                    finalStartedShare, finalDualShare, neverStartedShare, dualTeamWeeks,
                    blockedTeamWeeks, migrationHours, dualToilHours, platformHours,
                    meanTimeToMigrate, lastThreeTimes, incidentRateBefore, incidentRateAfter,
                    incidents, plannedIncidents, shutdownIncidents, championRatio, meanResentment,
                    mandateWeek, deadlineWeek, sunsetWeek, shutdownWeek, emergencyMigrations, halfMigrations,
                    blockersFixed, conversions, finalMaturity, ledger);
        }
    }
}
