package org.adoptsim.core.engine;

/** Running sums over one run, from which the per-run metrics are made. */
final class Totals {
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

    void reset() {
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
