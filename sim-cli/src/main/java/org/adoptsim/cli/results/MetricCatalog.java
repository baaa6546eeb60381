package org.adoptsim.cli.results;

import static org.adoptsim.cli.results.Direction.HIGHER_IS_BETTER;
import static org.adoptsim.cli.results.Direction.LOWER_IS_BETTER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.adoptsim.core.result.RunMetrics;
import org.adoptsim.core.result.RunResult;

/**
 * The metrics of the summary and paired tables for a given horizon, in table order. Honest adoption
 * is read at the end of weeks 52 and 104 and at the horizon — checkpoints beyond the horizon fall on
 * it, and each week appears once — so a 104-week run has 52 and 104, a 30-week run only 30, a
 * 156-week run 52, 104 and 156. It needs the runs' weekly series.
 */
public final class MetricCatalog {
    /** The checkpoints a planner asks about: one and two years. */
    private static final int[] CHECKPOINTS = {52, 104};

    private final int weeks;
    private final List<Metric> metrics;

    public MetricCatalog(int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks: must be >= 1, was " + weeks);
        }
        this.weeks = weeks;
        this.metrics = List.copyOf(build(weeks));
    }

    public int weeks() {
        return weeks;
    }

    public List<Metric> all() {
        return metrics;
    }

    public List<Metric> paired() {
        return metrics.stream().filter(Metric::paired).toList();
    }

    public Optional<Metric> byId(String id) {
        return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Metric get(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("no metric '" + id + "'"));
    }

    /** The distinct weeks at which honest adoption is read, ascending. */
    public static int[] checkpoints(int weeks) {
        return java.util.stream.IntStream.concat(java.util.stream.IntStream.of(CHECKPOINTS), java.util.stream.IntStream
                .of(weeks)).map(c -> Math.min(c, weeks)).distinct().sorted().toArray();
    }

    /** Id of the honest-adoption metric at a checkpoint week. */
    public static String honestAt(int week) {
        return "honest_at_" + week;
    }

    private static List<Metric> build(int weeks) {
        List<Metric> m = new ArrayList<>();
        for (int c : checkpoints(weeks)) {
            int index = c - 1;
            m.add(new Metric(honestAt(c), "honest @" + c, "Honest adoption at week " + c, Unit.SHARE,
                    HIGHER_IS_BETTER, false, true, r -> r.series().doneShare(index)));
        }
        m.add(milestone(90));
        m.add(milestone(100));
        m.add(plain("never_started_share", "never started", "Teams that never started", Unit.SHARE, true,
                r -> r.metrics().neverStartedShare()));
        m.add(plain("final_dual_share", "dual @" + weeks, "Teams dual (half-migrated) at week " + weeks, Unit.SHARE,
                true, r -> r.metrics().finalDualShare()));
        m.add(plain("dual_team_weeks", "dual team-weeks", "Dual-running team-weeks", Unit.TEAM_WEEKS, true,
                r -> r.metrics().dualTeamWeeks()));
        m.add(plain("mean_resentment", "resentment", "Mean resentment", Unit.INDEX, true,
                r -> r.metrics().meanResentment()));
        m.add(plain("incident_rate_before", "incidents before", "Incident rate on the old system", Unit.RATE, false,
                r -> r.metrics().incidentRateBefore()));
        m.add(plain("incident_rate_after", "incidents after", "Incident rate after migrating", Unit.RATE, true,
                r -> r.metrics().incidentRateAfter()));
        m.add(plain("incidents", "incidents", "Incidents in the run", Unit.COUNT, true,
                r -> r.metrics().incidents()));
        m.add(plain("migration_hours", "migration hours", "Team hours spent migrating", Unit.HOURS, false,
                r -> r.metrics().migrationHours()));
        m.add(plain("platform_hours", "platform hours", "Platform-team hours spent", Unit.HOURS, false,
                r -> r.metrics().platformHours()));
        return m;
    }

    private static Metric milestone(int percent) {
        return new Metric("weeks_to_" + percent, "weeks to " + percent + "%",
                "Weeks to " + percent + " % honest adoption", Unit.WEEKS, LOWER_IS_BETTER, true, true,
                r -> {
                    int w = r.metrics().weeksTo(percent).orElse(RunMetrics.NOT_REACHED);
                    return w == RunMetrics.NOT_REACHED ? Double.NaN : w;
                });
    }

    private static Metric plain(String id, String label, String title, Unit unit, boolean paired,
            java.util.function.ToDoubleFunction<RunResult> value) {
        return new Metric(id, label, title, unit, LOWER_IS_BETTER, false, paired, value);
    }
}
