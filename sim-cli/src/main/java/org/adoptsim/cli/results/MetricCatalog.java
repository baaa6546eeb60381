package org.adoptsim.cli.results;

import static org.adoptsim.cli.results.MetricKind.CONTINUOUS;
import static org.adoptsim.cli.results.MetricKind.COUNT;
import static org.adoptsim.cli.results.MetricKind.INDICATOR;
import static org.adoptsim.cli.results.MetricKind.SHARE;
import static org.adoptsim.cli.results.MetricKind.WEEKS_CENSORED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.adoptsim.core.result.BreakEven;
import org.adoptsim.core.result.LedgerEntry;
import org.adoptsim.core.result.RunMetrics;
import org.adoptsim.core.result.RunResult;

/**
 * The one catalogue of per-run metrics: every name that {@code run}, {@code compare}, {@code report},
 * {@code sweep}, {@code merge} and {@code analyze} read or write, with its words, unit and kind. Adding a
 * metric is one entry in {@link #build}; the comparison tables take the entries listed in
 * {@link #COMPARED}, sweeps may keep any entry that does not need the weekly series.
 *
 * <p>A catalogue is made for a horizon: honest adoption is read at the end of weeks 52 and 104 and at the
 * horizon — checkpoints beyond the horizon fall on it, and each week appears once — so a 104-week run has
 * {@code honest_at_52} and {@code honest_at_104}, a 30-week run only {@code honest_at_30}. Those need the
 * runs' weekly series. {@link #anyHorizon()} is the catalogue without them, for sweeps.
 */
public final class MetricCatalog {
    /** The checkpoints a planner asks about: one and two years. */
    private static final int[] CHECKPOINTS = {52, 104};
    /** The metrics of compare's summary table after the honest-adoption checkpoints, in table order. */
    private static final List<String> COMPARED = List.of("weeks_to_90", "weeks_to_100", "never_started_share",
            "final_dual_share", "dual_team_weeks", "mean_resentment", "incident_rate_before", "incident_rate_after",
            "incidents", "migration_hours", "platform_hours", "final_started_share", "final_done_share",
            "final_adopted_share", "adopted_share_52", "weeks_to_adopted_90", "weeks_to_initiative_done",
            "forced_at_shutdown", "hours_migration", "hours_dual", "hours_platform", "hours_incidents",
            "hours_staying", "hours_gain", "net_hours", "net_fte", "break_even_week", "mandate_week", "deadline_week",
            "sunset_week", "shutdown_week");
    /** What a sweep keeps when its file names no metrics. */
    private static final List<String> SWEEP_DEFAULTS = List.of("final_done_share", "weeks_to_100_or_horizon",
            "reached_100", "never_started_share", "final_dual_share", "mean_resentment", "incidents", "total_hours");
    private static final MetricCatalog ANY_HORIZON = new MetricCatalog(0, true);

    private final int weeks;
    private final List<Metric> every;
    private final List<Metric> compared;

    /** The catalogue for runs of {@code weeks} weeks (at least 1). */
    public MetricCatalog(int weeks) {
        this(requireHorizon(weeks), true);
    }

    private MetricCatalog(int weeks, boolean checked) {
        this.weeks = weeks;
        this.every = List.copyOf(build(weeks));
        List<Metric> c = new ArrayList<>();
        if (weeks > 0) {
            for (int w : checkpoints(weeks)) {
                c.add(get(honestAt(w)));
            }
            COMPARED.forEach(id -> c.add(get(id)));
        }
        this.compared = List.copyOf(c);
    }

    private static int requireHorizon(int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks: must be >= 1, was " + weeks);
        }
        return weeks;
    }

    /** The catalogue without the horizon's checkpoints: what a sweep may keep. */
    public static MetricCatalog anyHorizon() {
        return ANY_HORIZON;
    }

    /** The horizon, 0 for {@link #anyHorizon()}. */
    public int weeks() {
        return weeks;
    }

    /** Every metric of this catalogue, in catalogue order. */
    public List<Metric> every() {
        return every;
    }

    /** The metrics of compare's summary table, in table order. */
    public List<Metric> compared() {
        return compared;
    }

    /** The metrics of compare's paired table, in table order. */
    public List<Metric> paired() {
        return compared.stream().filter(Metric::paired).toList();
    }

    /**
     * The metrics a comparison ranked on {@code objective} pairs, in table order: those of {@link #paired()}
     * and the objective, so that the verdict can always tell whether the best is ahead of the others on it.
     */
    public List<Metric> paired(Metric objective) {
        return compared.stream().filter(m -> m.paired() || m.id().equals(objective.id())).toList();
    }

    /**
     * The metrics a verdict may rank strategies on ({@code --objective}): the compared metrics that have a
     * mean (not the censored milestones) and need no baseline.
     */
    public List<Metric> objectives() {
        return compared.stream().filter(m -> !m.censored() && !m.needsBaseline()).toList();
    }

    /** What a sweep keeps when its file names no metrics. */
    public List<Metric> sweepDefaults() {
        return SWEEP_DEFAULTS.stream().map(this::get).toList();
    }

    /** The ids of every metric, in catalogue order (for "known: …" and suggestions). */
    public List<String> ids() {
        return every.stream().map(Metric::id).toList();
    }

    public Optional<Metric> byId(String id) {
        return every.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Metric get(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("no metric '" + id + "'"));
    }

    /** The distinct weeks at which honest adoption is read, ascending. */
    public static int[] checkpoints(int weeks) {
        return IntStream.concat(IntStream.of(CHECKPOINTS), IntStream.of(weeks)).map(c -> Math.min(c, weeks))
                .distinct().sorted().toArray();
    }

    /** Id of the honest-adoption metric at a checkpoint week. */
    public static String honestAt(int week) {
        return "honest_at_" + week;
    }

    private static List<Metric> build(int weeks) {
        String atHorizon = weeks > 0 ? " at week " + weeks : " at the horizon";
        String short_ = weeks > 0 ? " @" + weeks : " @horizon";
        List<Metric> m = new ArrayList<>();
        if (weeks > 0) {
            for (int c : checkpoints(weeks)) {
                int index = c - 1;
                m.add(Metric.named(honestAt(c)).label("honest @" + c).title("Honest adoption at week " + c)
                        .unit(Unit.SHARE).kind(SHARE).higherIsBetter().needsSeries().paired()
                        .value(r -> r.series().doneShare(index)));
            }
        }
        for (int p : new int[] {50, 90, 100}) {
            Metric.Builder b = Metric.named("weeks_to_" + p).label("weeks to " + p + "%")
                    .title("Weeks to " + p + " % honest adoption").unit(Unit.WEEKS).kind(WEEKS_CENSORED);
            m.add((p == 50 ? b : b.paired()).value(r -> week(r.metrics().weeksTo(p).orElse(RunMetrics.NOT_REACHED))));
        }
        for (int p : new int[] {90, 100}) {
            m.add(Metric.named("weeks_to_" + p + "_or_horizon").label("weeks to " + p + "% (or horizon)")
                    .title("Weeks to " + p + " % honest adoption, the horizon when not reached").unit(Unit.WEEKS)
                    .kind(CONTINUOUS).value(r -> r.metrics().weeksTo(p).orElse(r.metrics().weeks())));
        }
        for (int p : new int[] {90, 100}) {
            m.add(Metric.named("reached_" + p).label("reached " + p + "%")
                    .title("Runs that reach " + p + " % honest adoption").unit(Unit.RUNS).kind(INDICATOR)
                    .higherIsBetter().value(r -> r.metrics().weeksTo(p).isPresent() ? 1 : 0));
        }
        m.add(share("final_done_share", "honest" + short_, "Honest adoption" + atHorizon, true,
                r -> r.metrics().finalDoneShare()));
        m.add(share("final_started_share", "started" + short_, "Vanity adoption (teams started)" + atHorizon, true,
                r -> r.metrics().finalStartedShare()));
        m.add(Metric.named("final_dual_share").label("dual" + short_).title("Teams dual (half-migrated)" + atHorizon)
                .unit(Unit.SHARE).kind(SHARE).paired().value(r -> r.metrics().finalDualShare()));
        m.add(Metric.named("never_started_share").label("never started").title("Teams that never started")
                .unit(Unit.SHARE).kind(SHARE).paired().value(r -> r.metrics().neverStartedShare()));
        m.add(Metric.named("dual_team_weeks").label("dual team-weeks").title("Dual-running team-weeks")
                .unit(Unit.TEAM_WEEKS).kind(COUNT).paired().value(r -> r.metrics().dualTeamWeeks()));
        m.add(Metric.named("blocked_team_weeks").label("blocked team-weeks")
                .title("Team-weeks of migration lost to blockers").unit(Unit.TEAM_WEEKS).kind(COUNT)
                .value(r -> r.metrics().blockedTeamWeeks()));
        // not "migration hours": that is the ledger's hours_migration, which leaves a dual team's work to hours_dual
        m.add(hours("migration_hours", "migration work hours",
                "Team hours spent migrating, dual teams' work included",
                r -> r.metrics().migrationHours()));
        m.add(hours("dual_toil_hours", "dual toil hours", "Team hours of old-system toil while dual",
                r -> r.metrics().dualToilHours()));
        m.add(hours("platform_hours", "platform hours", "Platform-team hours spent", r -> r.metrics().platformHours()));
        m.add(hours("total_hours", "total hours", "Engineering hours in all (migration, dual toil, platform)",
                r -> r.metrics().migrationHours() + r.metrics().dualToilHours() + r.metrics().platformHours()));
        m.add(Metric.named("mean_time_to_migrate").label("time to migrate")
                .title("Mean weeks from a team's start to done").unit(Unit.WEEKS).kind(CONTINUOUS).mayBeMissing()
                .value(r -> r.metrics().meanTimeToMigrate()));
        m.add(Metric.named("last_three_trend").label("last-three trend")
                .title("Trend of the last three teams' time to migrate (weeks per team)").unit(Unit.WEEKS)
                .kind(CONTINUOUS).range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).mayBeMissing().value(r -> lastThreeTrend(r.metrics().lastThreeTimes())));
        m.add(Metric.named("incident_rate_before").label("incidents before").title("Incident rate on the old system")
                .unit(Unit.RATE).kind(CONTINUOUS).mayBeMissing().value(r -> r.metrics().incidentRateBefore()));
        m.add(Metric.named("incident_rate_after").label("incidents after").title("Incident rate after migrating")
                .unit(Unit.RATE).kind(CONTINUOUS).mayBeMissing().paired().value(r -> r.metrics().incidentRateAfter()));
        m.add(count("incidents", "incidents", "Incidents in the run", Unit.COUNT, true, r -> r.metrics().incidents()));
        m.add(count("shutdown_incidents", "shutdown incidents", "Hidden dependencies that broke at shutdown",
                Unit.COUNT, false, r -> r.metrics().shutdownIncidents()));
        m.add(count("planned_incidents", "planned incidents", "Small planned incidents of the dark period", Unit.COUNT,
                false, r -> r.metrics().plannedIncidents()));
        m.add(Metric.named("champion_ratio").label("champions").title("Champions per team").unit(Unit.PER_TEAM)
                .kind(SHARE).higherIsBetter().value(r -> r.metrics().championRatio()));
        m.add(Metric.named("mean_resentment").label("resentment").title("Mean resentment").unit(Unit.INDEX)
                .kind(CONTINUOUS).range(0, 1).paired().value(r -> r.metrics().meanResentment()));
        m.add(event("mandate_week", "mandate week", "Week the mandate fired", r -> r.metrics().mandateWeek()));
        m.add(event("deadline_week", "deadline week", "Week the mandate's deadline fell within the horizon",
                r -> r.metrics().deadlineWeek()));
        m.add(event("sunset_week", "sunset week", "Week the sunset was announced", r -> r.metrics().sunsetWeek()));
        m.add(event("shutdown_week", "shutdown week", "Week the old system was switched off",
                r -> r.metrics().shutdownWeek()));
        m.add(count("emergency_migrations", "emergency migrations", "Teams moved by the shutdown", Unit.TEAMS, false,
                r -> r.metrics().emergencyMigrations()));
        m.add(count("half_migrations", "half migrations",
                "Teams declared migrated at the deadline while still on the old system", Unit.TEAMS, false,
                r -> r.metrics().halfMigrations()));
        m.add(Metric.named("blockers_fixed").label("blockers fixed").title("Blockers fixed by the platform team")
                .unit(Unit.COUNT).kind(COUNT).higherIsBetter().value(r -> r.metrics().blockersFixed()));
        m.add(Metric.named("conversions").label("conversions").title("Holdouts converted").unit(Unit.TEAMS)
                .kind(COUNT).higherIsBetter().value(r -> r.metrics().conversions()));
        addAdoption(m, short_, atHorizon);
        addLedger(m, weeks);
        m.add(Metric.named("final_maturity").label("maturity" + short_).title("Platform maturity" + atHorizon)
                .unit(Unit.INDEX).kind(CONTINUOUS).range(0, 1).higherIsBetter()
                .value(r -> r.metrics().finalMaturity()));
        return m;
    }

    /** Adoption as the seed defines it (docs/model.md, "Team states"): done and self-sufficient. */
    private static void addAdoption(List<Metric> m, String short_, String atHorizon) {
        m.add(Metric.named("final_adopted_share").label("adopted" + short_)
                .title("Adopted (done and self-sufficient)" + atHorizon).unit(Unit.SHARE).kind(SHARE).higherIsBetter()
                .paired().value(r -> r.metrics().finalAdoptedShare()));
        m.add(Metric.named("adopted_share_52").label("adopted @52").title("Adopted (done and self-sufficient) at week 52")
                .unit(Unit.SHARE).kind(SHARE).higherIsBetter().mayBeMissing().paired()
                .value(r -> r.metrics().adoptedShare52()));
        m.add(Metric.named("weeks_to_adopted_90").label("weeks to 90% adopted")
                .title("Weeks to 90 % of teams adopted").unit(Unit.WEEKS).kind(WEEKS_CENSORED).paired()
                .value(r -> week(r.metrics().weeksToAdopted90())));
        m.add(Metric.named("weeks_to_initiative_done").label("weeks to initiative done")
                .title("Weeks until the initiative was done (old system off, every team adopted)").unit(Unit.WEEKS)
                .kind(WEEKS_CENSORED).paired().value(r -> week(r.metrics().weeksToInitiativeDone())));
        m.add(count("forced_at_shutdown", "forced at shutdown",
                "Teams forced through an emergency migration at shutdown (surface compliance)", Unit.TEAMS, true,
                r -> r.metrics().forcedAtShutdown()));
    }

    /**
     * The hours ledger (docs/model.md, "The ledger"): each entry over the whole run, net = gain − costs,
     * net as full-time equivalents (both negative when the costs outweigh the gain, so their intervals
     * are not cut at 0 as the entries' are), and the break-even week against the baseline's run on the same
     * replicate ({@link BreakEven}; only with a horizon, as it reads the weekly series).
     */
    private static void addLedger(List<Metric> m, int weeks) {
        for (LedgerEntry e : LedgerEntry.values()) {
            String what = e.label().substring("hours_".length());
            Metric.Builder b = Metric.named(e.label()).label(what + " hours").title(ledgerTitle(e))
                    .unit(Unit.HOURS).kind(CONTINUOUS);
            m.add((e.isCost() ? b : b.higherIsBetter()).value(r -> r.metrics().ledger().hours(e)));
        }
        m.add(Metric.named("net_hours").label("net hours").title("Net engineer-hours (gain minus every cost)")
                .unit(Unit.HOURS).kind(CONTINUOUS).range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                .higherIsBetter().paired().value(r -> r.metrics().ledger().net()));
        m.add(Metric.named("net_fte").label("net FTE").title("Net full-time engineers over the run (net hours / FTE hours)")
                .unit(Unit.FTE).kind(CONTINUOUS).range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                .higherIsBetter().value(r -> r.metrics().ledger().netFte()));
        if (weeks > 0) {
            m.add(Metric.named("break_even_week").label("break-even week")
                    .title("Weeks until cumulative net hours stay above the baseline's on the same replicate")
                    .unit(Unit.WEEKS).kind(WEEKS_CENSORED).needsSeries()
                    .againstBaseline((r, base) -> breakEven(r, base)));
        }
    }

    private static String ledgerTitle(LedgerEntry e) {
        return switch (e) {
            case MIGRATION -> "Team hours spent migrating (forced remainder included)";
            case DUAL -> "Team hours of toil while dual";
            case PLATFORM -> "Platform-team hours, every use";
            case INCIDENTS -> "Hours lost to incidents";
            case STAYING -> "Hours of running the old system while staying on it";
            case GAIN -> "Hours gained on the new system (gain times quality)";
        };
    }

    /** Weeks elapsed (week index + 1) until the run's cumulative net stays above the baseline's; NaN: never. */
    static double breakEven(RunResult r, RunResult baseline) {
        if (r.strategy().equals(baseline.strategy())) {
            return Double.NaN;
        }
        int w = BreakEven.week(r.series().netHoursSeries(), baseline.series().netHoursSeries());
        return w == BreakEven.NEVER ? Double.NaN : w + 1;
    }

    private static Metric share(String id, String label, String title, boolean higher,
            ToDoubleFunction<RunResult> value) {
        Metric.Builder b = Metric.named(id).label(label).title(title).unit(Unit.SHARE).kind(SHARE);
        return (higher ? b.higherIsBetter() : b).value(value);
    }

    private static Metric hours(String id, String label, String title, ToDoubleFunction<RunResult> value) {
        return Metric.named(id).label(label).title(title).unit(Unit.HOURS).kind(CONTINUOUS).value(value);
    }

    private static Metric count(String id, String label, String title, Unit unit, boolean paired,
            ToDoubleFunction<RunResult> value) {
        Metric.Builder b = Metric.named(id).label(label).title(title).unit(unit).kind(COUNT);
        return (paired ? b.paired() : b).value(value);
    }

    private static Metric event(String id, String label, String title, ToDoubleFunction<RunResult> week) {
        return Metric.named(id).label(label).title(title + " (missing when it did not)").unit(Unit.WEEKS)
                .kind(WEEKS_CENSORED).value(r -> week(week.applyAsDouble(r)));
    }

    /**
     * How much longer each of the last three teams to finish took than the one before (docs/model.md, "What a
     * run reports": a rising trend is a tail getting harder); NaN with fewer than three finishers.
     */
    static double lastThreeTrend(int[] times) {
        return times.length < 3 ? Double.NaN : (times[2] - times[0]) / 2.0;
    }

    private static double week(double raw) {
        return raw < 0 ? Double.NaN : raw;
    }
}
