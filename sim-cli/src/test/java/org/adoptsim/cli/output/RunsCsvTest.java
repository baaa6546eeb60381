package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunMetrics;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Replicate;
import org.junit.jupiter.api.Test;

class RunsCsvTest {
    private static final List<String> REQUIRED = List.of("strategy", "replicate", "seed", "weeks_to_50", "weeks_to_90",
            "weeks_to_100", "final_done_share", "final_started_share", "final_dual_share", "never_started_share",
            "dual_team_weeks", "mean_resentment", "incident_rate_before", "incident_rate_after", "champion_ratio",
            "shutdown_week");

    @Test
    void everyMetricColumnIsANameOfTheOneCatalogue() throws Exception {
        org.adoptsim.cli.results.MetricCatalog catalog = new org.adoptsim.cli.results.MetricCatalog(104);
        List<String> describeTheRun = List.of("strategy", "replicate", "seed", "teams", "weeks", "last_three_time_1",
                "last_three_time_2", "last_three_time_3");
        for (String column : new RunsCsv(new StringWriter(), 104).header()) {
            assertTrue(describeTheRun.contains(column) || catalog.byId(column).isPresent(),
                    column + " is neither a run descriptor nor a metric of results.MetricCatalog");
        }
    }

    @Test
    void headerStartsWithTheRequiredColumnsThenEveryOtherMetric() throws Exception {
        RunsCsv csv = new RunsCsv(new StringWriter(), 104);
        List<String> h = csv.header();
        assertEquals(REQUIRED, h.subList(0, REQUIRED.size()));
        assertEquals(List.of("honest_at_52", "honest_at_104"), h.subList(REQUIRED.size(), REQUIRED.size() + 2));
        for (String other : List.of("teams", "weeks", "blocked_team_weeks", "migration_hours", "platform_hours",
                "mean_time_to_migrate", "last_three_time_1", "last_three_time_3", "incidents", "mandate_week",
                "sunset_week", "emergency_migrations", "half_migrations", "final_maturity")) {
            assertTrue(h.contains(other), other);
        }
        int components = RunMetrics.class.getRecordComponents().length;
        assertEquals(3 + components + 2 + 2 + RunsCsv.LEDGER_COLUMNS.size() - 1, h.size(),
                "every component, last_three_times spread over three, the ledger over its columns");
        assertTrue(h.containsAll(List.of("final_adopted_share", "adopted_share_52", "weeks_to_adopted_90",
                "weeks_to_initiative_done", "forced_at_shutdown", "hours_migration", "hours_dual", "hours_platform",
                "hours_incidents", "hours_staying", "hours_gain", "net_hours", "break_even_week")));
    }

    @Test
    void rowsHoldTheMetricsWithEmptyCellsForWhatDidNotHappen() throws Exception {
        Scenario s = Scenario.defaults().withRun(Scenario.defaults().run().withWeeks(40).withSeed(5));
        List<RunResult> replicate = Replicate.run(s, s.strategies(), 3, RunDetail.SERIES);
        StringWriter w = new StringWriter();
        new RunsCsv(w, 40).accept(replicate);
        CsvTable t = CsvTable.parse("runs.csv", w.toString());
        assertEquals(5, t.size());
        for (int i = 0; i < 5; i++) {
            RunResult r = replicate.get(i);
            RunMetrics m = r.metrics();
            assertEquals(r.strategy(), t.text(i, "strategy"));
            assertEquals("3", t.text(i, "replicate"));
            assertEquals("5", t.text(i, "seed"));
            assertEquals(m.weeksTo90() < 0 ? "" : Integer.toString(m.weeksTo90()), t.text(i, "weeks_to_90"));
            assertEquals(m.shutdownWeek() < 0 ? "" : Integer.toString(m.shutdownWeek()), t.text(i, "shutdown_week"));
            assertEquals(m.finalDoneShare(), t.number(i, "final_done_share"), 1e-6);
            assertEquals(r.series().doneShare(39), t.number(i, "honest_at_40"), 1e-6);
            assertEquals(Long.toString(m.dualTeamWeeks()), t.text(i, "dual_team_weeks"));
        }
        assertEquals("", t.text(0, "weeks_to_100"), "announce-and-hope never finishes in 40 weeks");
    }

    @Test
    void snakeCase() {
        assertEquals("weeks_to_50", RunsCsv.snake("weeksTo50"));
        assertEquals("incident_rate_before", RunsCsv.snake("incidentRateBefore"));
        assertEquals("teams", RunsCsv.snake("teams"));
    }
}
