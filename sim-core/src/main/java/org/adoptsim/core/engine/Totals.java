package org.adoptsim.core.engine;

import java.util.Arrays;
import org.adoptsim.core.result.PlatformUse;

/** Running sums over one run, from which the per-run metrics and the ledger are made (hours cumulative). */
final class Totals {
    /** Platform hours per {@link PlatformUse}; {@link #platformHours} is their sum. */
    final double[] platformUse = new double[PlatformUse.values().length];
    /** Ledger: migration hours of teams not dual, hidden-dependency work and shutdown-forced effort. */
    double ledgerMigration;
    /** Ledger: dual teams' stayCost (throttled) plus the capacity they keep giving. */
    double ledgerDual;
    /** Ledger: stayCost of teams on the old system (not done, not dual), throttled ×throttleFactor. */
    double stayingHours;
    /** Ledger: realised gain, Σ g·q per done team-week. */
    double gainHours;
    /** Ledger: incidents priced in hours (recomputed from the counts each week). */
    double incidentHours;
    /** Σ g·q over the teams done now: the gain of one week. */
    double gainPerWeek;
    int adopted;
    double migrationHours;
    double dualToilHours;
    double platformHours;
    long dualTeamWeeks;
    long blockedTeamWeeks;
    long oldTeamWeeks;
    long newTeamWeeks;
    long incidentsOld;
    long incidentsNew;
    long plannedIncidents;
    long shutdownIncidents;
    int blockersFixed;
    int questionsAnswered;
    int emergencyMigrations;
    int halfMigrations;
    int conversions;
    int champions;

    /** Charges platform hours to one use. */
    void platform(PlatformUse use, double hours) {
        platformUse[use.ordinal()] += hours;
        platformHours += hours;
    }

    void reset() {
        Arrays.fill(platformUse, 0);
        ledgerMigration = 0;
        ledgerDual = 0;
        stayingHours = 0;
        gainHours = 0;
        incidentHours = 0;
        gainPerWeek = 0;
        adopted = 0;
        migrationHours = 0;
        dualToilHours = 0;
        platformHours = 0;
        dualTeamWeeks = 0;
        blockedTeamWeeks = 0;
        oldTeamWeeks = 0;
        newTeamWeeks = 0;
        incidentsOld = 0;
        incidentsNew = 0;
        plannedIncidents = 0;
        shutdownIncidents = 0;
        blockersFixed = 0;
        questionsAnswered = 0;
        emergencyMigrations = 0;
        halfMigrations = 0;
        conversions = 0;
        champions = 0;
    }
}
