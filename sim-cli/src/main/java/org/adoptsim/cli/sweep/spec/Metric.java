package org.adoptsim.cli.sweep.spec;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.adoptsim.core.result.RunMetrics;

/**
 * The per-run figures a sweep can keep, named as in the sweep file and the output columns. Each reads
 * one number from {@link RunMetrics}; NaN means "missing" (a milestone not reached by the horizon, a
 * mandate that never fired) and is written as an empty cell. The {@code …OrHorizon} variants replace a
 * censored milestone by the horizon (a lower bound) so that every run has a value, as sensitivity
 * estimators need; {@code reached…} are 0/1 indicators.
 */
public enum Metric {
    WEEKS_TO_50("weeksTo50", true, m -> milestone(m.weeksTo50())),
    WEEKS_TO_90("weeksTo90", true, m -> milestone(m.weeksTo90())),
    WEEKS_TO_100("weeksTo100", true, m -> milestone(m.weeksTo100())),
    WEEKS_TO_90_OR_HORIZON("weeksTo90OrHorizon", false, m -> capped(m.weeksTo90(), m.weeks())),
    WEEKS_TO_100_OR_HORIZON("weeksTo100OrHorizon", false, m -> capped(m.weeksTo100(), m.weeks())),
    REACHED_90("reached90", false, m -> m.weeksTo90() >= 0 ? 1 : 0),
    REACHED_100("reached100", false, m -> m.weeksTo100() >= 0 ? 1 : 0),
    FINAL_DONE_SHARE("finalDoneShare", false, RunMetrics::finalDoneShare),
    FINAL_STARTED_SHARE("finalStartedShare", false, RunMetrics::finalStartedShare),
    FINAL_DUAL_SHARE("finalDualShare", false, RunMetrics::finalDualShare),
    NEVER_STARTED_SHARE("neverStartedShare", false, RunMetrics::neverStartedShare),
    DUAL_TEAM_WEEKS("dualTeamWeeks", false, m -> m.dualTeamWeeks()),
    BLOCKED_TEAM_WEEKS("blockedTeamWeeks", false, m -> m.blockedTeamWeeks()),
    MIGRATION_HOURS("migrationHours", false, RunMetrics::migrationHours),
    DUAL_TOIL_HOURS("dualToilHours", false, RunMetrics::dualToilHours),
    PLATFORM_HOURS("platformHours", false, RunMetrics::platformHours),
    TOTAL_HOURS("totalHours", false, m -> m.migrationHours() + m.dualToilHours() + m.platformHours()),
    MEAN_TIME_TO_MIGRATE("meanTimeToMigrate", true, RunMetrics::meanTimeToMigrate),
    INCIDENT_RATE_BEFORE("incidentRateBefore", true, RunMetrics::incidentRateBefore),
    INCIDENT_RATE_AFTER("incidentRateAfter", true, RunMetrics::incidentRateAfter),
    INCIDENTS("incidents", false, m -> m.incidents()),
    SHUTDOWN_INCIDENTS("shutdownIncidents", false, m -> m.shutdownIncidents()),
    CHAMPION_RATIO("championRatio", false, RunMetrics::championRatio),
    MEAN_RESENTMENT("meanResentment", false, RunMetrics::meanResentment),
    MANDATE_WEEK("mandateWeek", true, m -> milestone(m.mandateWeek())),
    SHUTDOWN_WEEK("shutdownWeek", true, m -> milestone(m.shutdownWeek())),
    EMERGENCY_MIGRATIONS("emergencyMigrations", false, m -> m.emergencyMigrations()),
    HALF_MIGRATIONS("halfMigrations", false, m -> m.halfMigrations()),
    BLOCKERS_FIXED("blockersFixed", false, m -> m.blockersFixed()),
    CONVERSIONS("conversions", false, m -> m.conversions()),
    FINAL_MATURITY("finalMaturity", false, RunMetrics::finalMaturity);

    /** What a sweep keeps when its file names no metrics. */
    public static final List<Metric> DEFAULTS = List.of(FINAL_DONE_SHARE, WEEKS_TO_100_OR_HORIZON, REACHED_100,
            NEVER_STARTED_SHARE, FINAL_DUAL_SHARE, MEAN_RESENTMENT, INCIDENTS, TOTAL_HOURS);

    private final String id;
    private final boolean mayBeMissing;
    private final ToDoubleFunction<RunMetrics> read;

    Metric(String id, boolean mayBeMissing, ToDoubleFunction<RunMetrics> read) {
        this.id = id;
        this.mayBeMissing = mayBeMissing;
        this.read = read;
    }

    /** The name in sweep files and column headers. */
    public String id() {
        return id;
    }

    /** Whether some runs have no value (written empty, counted separately in aggregates). */
    public boolean mayBeMissing() {
        return mayBeMissing;
    }

    public double of(RunMetrics m) {
        return read.applyAsDouble(m);
    }

    public static Metric byId(String id) {
        for (Metric m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Metric::id).toList();
    }

    private static double milestone(int week) {
        return week < 0 ? Double.NaN : week;
    }

    private static double capped(int week, int horizon) {
        return week < 0 ? horizon : week;
    }

    @Override
    public String toString() {
        return id;
    }
}
