package org.adoptsim.cli.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.BreakEven;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Replicate;
import org.junit.jupiter.api.Test;

class MetricCatalogTest {
    private final MetricCatalog catalog = new MetricCatalog(104);

    /**
     * break_even_week counts weeks elapsed, like the milestones (docs/outputs.md): the engine's 0-based week
     * index of the crossing, plus 1; the baseline against itself has none.
     */
    @Test
    void breakEvenWeekIsTheCrossingsWeekIndexPlusOne() {
        Scenario sc = Scenario.defaults();
        List<Strategy> pair = sc.strategies().stream()
                .filter(s -> s.name().equals("earned") || s.name().equals("announce-and-hope")).toList();
        int checked = 0;
        for (int replicate = 0; replicate < 5; replicate++) {
            List<RunResult> runs = Replicate.run(sc, pair, replicate, RunDetail.SERIES);
            RunResult base = runs.stream().filter(r -> r.strategy().equals("announce-and-hope")).findFirst().orElseThrow();
            RunResult earned = runs.stream().filter(r -> r.strategy().equals("earned")).findFirst().orElseThrow();
            int index = BreakEven.week(earned.series().netHoursSeries(), base.series().netHoursSeries());
            if (index != BreakEven.NEVER) {
                assertEquals(index + 1, MetricCatalog.breakEven(earned, base), "replicate " + replicate);
                checked++;
            }
            assertTrue(Double.isNaN(MetricCatalog.breakEven(base, base)), "the baseline against itself");
        }
        assertTrue(checked > 0, "earned broke even in some replicate");
    }

    @Test
    void everyNameIsSnakeCaseAndUnique() {
        Set<String> seen = new HashSet<>();
        for (Metric m : catalog.every()) {
            assertTrue(m.id().matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"), m.id());
            assertTrue(seen.add(m.id()), "twice: " + m.id());
            assertFalse(m.label().isBlank(), m.id());
            assertFalse(m.title().isBlank(), m.id());
        }
    }

    @Test
    void compareTablesKeepTheirColumnsInOrder() {
        assertEquals(List.of("honest_at_52", "honest_at_104", "weeks_to_90", "weeks_to_100", "never_started_share",
                "final_dual_share", "dual_team_weeks", "mean_resentment", "incident_rate_before", "incident_rate_after",
                "incidents", "migration_hours", "platform_hours", "final_started_share", "final_done_share",
                "final_adopted_share", "adopted_share_52", "weeks_to_adopted_90", "weeks_to_initiative_done",
                "forced_at_shutdown", "hours_migration", "hours_dual", "hours_platform", "hours_incidents",
                "hours_staying", "hours_gain", "net_hours", "net_fte", "break_even_week", "mandate_week",
                "deadline_week", "sunset_week", "shutdown_week"),
                catalog.compared().stream().map(Metric::id).toList());
        assertEquals(List.of("honest_at_52", "honest_at_104", "weeks_to_90", "weeks_to_100", "never_started_share",
                "final_dual_share", "dual_team_weeks", "mean_resentment", "incident_rate_after", "incidents",
                "final_adopted_share", "adopted_share_52", "weeks_to_adopted_90", "weeks_to_initiative_done",
                "forced_at_shutdown", "net_hours"),
                catalog.paired().stream().map(Metric::id).toList());
    }

    @Test
    void sweepsSeeEveryMetricThatNeedsNoWeeklySeries() {
        MetricCatalog any = MetricCatalog.anyHorizon();
        assertTrue(any.every().stream().noneMatch(Metric::needsSeries));
        assertEquals(catalog.every().stream().filter(m -> !m.needsSeries()).map(Metric::id).toList(), any.ids());
        assertTrue(any.byId("final_done_share").isPresent());
        assertTrue(any.byId("finalDoneShare").isEmpty(), "the camelCase names are gone");
        assertEquals(List.of("final_done_share", "weeks_to_100_or_horizon", "reached_100", "never_started_share",
                "final_dual_share", "mean_resentment", "incidents", "total_hours"),
                any.sweepDefaults().stream().map(Metric::id).toList());
    }

    @Test
    void kindsFollowWhatTheNumberIs() {
        assertEquals(MetricKind.INDICATOR, catalog.get("reached_100").kind());
        assertEquals(MetricKind.SHARE, catalog.get("final_done_share").kind());
        assertEquals(MetricKind.COUNT, catalog.get("half_migrations").kind());
        assertEquals(MetricKind.CONTINUOUS, catalog.get("total_hours").kind());
        assertEquals(MetricKind.WEEKS_CENSORED, catalog.get("weeks_to_90").kind());
        assertTrue(catalog.get("weeks_to_90").censored());
        assertTrue(catalog.get("weeks_to_90").mayBeMissing());
        assertTrue(catalog.get("mean_time_to_migrate").mayBeMissing());
        assertFalse(catalog.get("total_hours").mayBeMissing());
    }

    @Test
    void theLedgerAndAdoptionAsTheSeedDefinesItAreInTheCatalogueWithTheirKinds() {
        assertEquals(MetricKind.SHARE, catalog.get("final_adopted_share").kind());
        assertEquals(MetricKind.SHARE, catalog.get("adopted_share_52").kind());
        assertEquals(MetricKind.WEEKS_CENSORED, catalog.get("weeks_to_adopted_90").kind());
        assertEquals(MetricKind.WEEKS_CENSORED, catalog.get("weeks_to_initiative_done").kind());
        assertEquals(MetricKind.COUNT, catalog.get("forced_at_shutdown").kind());
        for (String h : List.of("hours_migration", "hours_dual", "hours_platform", "hours_incidents", "hours_staying",
                "hours_gain", "net_hours")) {
            assertEquals(MetricKind.CONTINUOUS, catalog.get(h).kind(), h);
            assertEquals(Unit.HOURS, catalog.get(h).unit(), h);
        }
        assertEquals(Direction.HIGHER_IS_BETTER, catalog.get("net_hours").direction());
        assertEquals(Direction.HIGHER_IS_BETTER, catalog.get("hours_gain").direction());
        assertEquals(Direction.LOWER_IS_BETTER, catalog.get("hours_migration").direction());
        Metric breakEven = catalog.get("break_even_week");
        assertTrue(breakEven.needsBaseline() && breakEven.censored() && breakEven.needsSeries());
        assertFalse(MetricCatalog.anyHorizon().byId("break_even_week").isPresent(), "sweeps have no baseline run");
        assertFalse(catalog.objectives().contains(breakEven));
        assertTrue(catalog.objectives().containsAll(List.of(catalog.get("net_hours"), catalog.get("adopted_share_52"),
                catalog.get("final_adopted_share"))));
    }

    @Test
    void wordsCarryTheUnitOfTheRawValues() {
        assertEquals("Honest adoption at week 104 (share of teams, 0-1)", catalog.get("final_done_share").titleWithUnit());
        assertEquals("Honest adoption at the horizon (share of teams, 0-1)",
                Metric.words(MetricCatalog.anyHorizon(), "final_done_share"));
        assertEquals("no_such_metric", Metric.words(MetricCatalog.anyHorizon(), "no_such_metric"));
    }

    @Test
    void aShortHorizonHasOneCheckpointAndNoHorizonIsRefused() {
        assertEquals(List.of("honest_at_30"), new MetricCatalog(30).compared().stream().map(Metric::id)
                .filter(id -> id.startsWith("honest_at_")).toList());
        assertThrows(IllegalArgumentException.class, () -> new MetricCatalog(0));
        assertThrows(IllegalArgumentException.class, () -> Metric.named("finalDoneShare").label("x").title("x")
                .unit(Unit.SHARE).kind(MetricKind.SHARE).value(r -> 0));
    }

    @Test
    void theTrendOfTheLastThreeTeamsIsWeeksPerTeamAndMissingBelowThreeFinishers() {
        assertEquals(3.5, MetricCatalog.lastThreeTrend(new int[] {10, 12, 17}), 0);
        assertTrue(Double.isNaN(MetricCatalog.lastThreeTrend(new int[] {10, 12})));
        assertTrue(catalog.get("last_three_trend").mayBeMissing());
    }

    @Test
    void noIntervalCrossesWhatARunCanBe() {
        org.adoptsim.cli.results.stats.Moments twoRuns = new org.adoptsim.cli.results.stats.Moments();
        twoRuns.accept(0.05);
        twoRuns.accept(0.4);
        assertEquals(0, catalog.get("total_hours").interval(twoRuns).low(), 0, "hours are never negative");
        assertEquals(0, catalog.get("mean_resentment").interval(twoRuns).low(), 0);
        assertTrue(catalog.get("last_three_trend").interval(twoRuns).low() < 0, "a trend may fall");
        org.adoptsim.cli.results.stats.Moments high = new org.adoptsim.cli.results.stats.Moments();
        high.accept(0.95);
        high.accept(0.6);
        assertEquals(1, catalog.get("mean_resentment").interval(high).high(), 0, "resentment is an index in [0, 1]");
        assertEquals(1, catalog.get("reached_100").intervalOfMeans(high).high(), 0);
    }

    @Test
    void netHoursMayBeNegativeAndTheirIntervalIsNotClippedAtZero() {
        // A strategy that loses hours (announce-and-hope, mandate-early) had net_hours_ci_low written as 0,
        // above its own mean: the catalogue's default range starts at 0.
        for (String id : List.of("net_hours", "net_fte")) {
            org.adoptsim.cli.results.stats.Moments m = new org.adoptsim.cli.results.stats.Moments();
            for (double x : new double[] {-900, -1100, -1000, -950, -1050}) {
                m.accept(x);
            }
            org.adoptsim.cli.results.stats.Estimate e = new MetricCatalog(104).get(id).interval(m);
            assertTrue(e.low() < e.mean() && e.mean() < e.high() && e.high() < 0, id + ": " + e);
        }
    }

    /**
     * Tables and charts name a metric by its label, so two metrics with one label read as one: the run's
     * migration_hours and the ledger's hours_migration were both "migration hours", with different values.
     * Two pairs share a label because they are the same number: honest adoption at the horizon and at the
     * checkpoint of the same week, and the platform's hours as the run and the ledger count them.
     */
    @Test
    void noTwoMetricsShareALabel() {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        List<String> twice = new java.util.ArrayList<>();
        for (Metric m : new MetricCatalog(104).compared()) {
            String before = seen.put(m.label(), m.id());
            if (before != null) {
                twice.add(before + "/" + m.id() + " '" + m.label() + "'");
            }
        }
        assertEquals(List.of("honest_at_104/final_done_share 'honest @104'",
                "platform_hours/hours_platform 'platform hours'"), twice);
    }
}
