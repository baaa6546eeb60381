package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.Coalition;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.NetworkSpec.Edge;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.testkit.Records;
import org.adoptsim.core.testkit.Runs;
import org.adoptsim.core.testkit.ScenarioBuilder;
import org.adoptsim.core.testkit.Trace;
import org.adoptsim.core.testkit.Measured;
import org.junit.jupiter.api.Test;

/**
 * Steps 5–7 of docs/model.md's week: effort and capacity, high-touch support for the coalition, tooling,
 * blockers and office hours, dependencies, maturity and incidents.
 */
class WorkAndPlatformTest {

    private static Distribution constant(double v) {
        return Distribution.constant(v);
    }

    /** Every team willing at once and working from week 0: effort E at capacity c. */
    private static ScenarioBuilder workers(int teams, double effort, double capacity) {
        return ScenarioBuilder.lab(teams).threshold(constant(0)).effort(constant(effort)).capacity(constant(capacity));
    }

    @Test
    void effortIsBurnedAtCapacityPerWeek() {
        Trace t = Runs.trace(workers(5, 100, 30).weeks(6).build(), 0);
        for (int i = 0; i < 5; i++) {
            assertEquals(3, t.result().teams().doneWeek(i), "30 + 30 + 30 + 10 hours: done in week 3");
        }
        assertEquals(500, t.result().metrics().migrationHours(), 1e-9);
        assertEquals(Reason.MIGRATING, t.reason(2, 0));
    }

    @Test
    void higherEffortSlowsAdoption() {
        ScenarioBuilder b = ScenarioBuilder.model().strategy(s -> Presets.byName(Presets.EARNED).orElseThrow())
                .replicates(30).seed(31);
        List<RunResult> normal = Runs.of(b.build());
        List<RunResult> heavy = Runs.of(b.effort(new Distribution.LogNormal(1080, 0.6)).build());
        double at52 = Runs.meanAt(normal, 51, (s, w) -> s.doneShare(w));
        double heavyAt52 = Runs.meanAt(heavy, 51, (s, w) -> s.doneShare(w));
        double time = Runs.mean(normal, m -> m.meanTimeToMigrate());
        double heavyTime = Runs.mean(heavy, m -> m.meanTimeToMigrate());
        Measured.report("effort ×3: done share at week 52 %.3f -> %.3f, weeks to migrate %.1f -> %.1f",
                at52, heavyAt52, time, heavyTime);
        assertTrue(heavyAt52 < at52 - 0.1);
        assertTrue(heavyTime > 1.5 * time);
    }

    /**
     * Five coalition believers, nobody else aware; support ×1.5 costs 8 platform hours per team-week.
     * Thresholds above 1 keep the members (aware from week 0) from starting on their own before week 2.
     */
    private static ScenarioBuilder coalition(double platformCapacity) {
        return workers(42, 300, 20).threshold(constant(2)).strategy(s -> s.withAnnounceWeek(-1).withCoalition(new Coalition(5, 2)))
                .platform(p -> p.withCapacity(platformCapacity)).weeks(20);
    }

    private static int[] coalitionDoneWeeks(Trace t) {
        TeamOutcomes o = t.result().teams();
        List<Integer> weeks = new ArrayList<>();
        for (int i = 0; i < o.teams(); i++) {
            if (o.startWeek(i) >= 0) {
                assertEquals(2, o.startWeek(i), "coalition teams start at once at their start week");
                weeks.add(o.doneWeek(i));
            }
        }
        return weeks.stream().sorted().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void coalitionTeamsStartAtOnceWithHighTouchSupport() {
        Trace t = Runs.trace(coalition(120).build(), 0);
        assertEquals(0, t.started(1));
        assertEquals(5, t.started(2), "week 2 is no quarter boundary, yet they start");
        assertArrayEquals(new int[] {11, 11, 11, 11, 11}, coalitionDoneWeeks(t), "300 h at 20 × 1.5: ten weeks");
        var s = t.result().series();
        assertEquals(20 + 5 * 8, s.platformHours(2) - s.platformHours(1), 1e-9, "upkeep plus 8 h per supported team");
        assertEquals(0.3 + 5 * 0.04, t.result().metrics().finalMaturity(), 1e-12, "supported migrations teach more");
    }

    @Test
    void supportIsLimitedByThePlatformTeamsHours() {
        // post-migration support off: the first finishers would otherwise take hours from the later ones
        Trace t = Runs.trace(coalition(36).adoption(a -> a.toBuilder().supportHours(0).build()).build(), 0);
        assertArrayEquals(new int[] {11, 11, 15, 15, 16}, coalitionDoneWeeks(t),
                "16 h left after upkeep: two teams supported at a time, the rest at plain speed");
        var s = t.result().series();
        assertEquals(36, s.platformHours(2) - s.platformHours(1), 1e-9);
    }

    @Test
    void scriptsCutTheRemainingEffortOfMigrationsUnderWay() {
        RunResult r = Runs.trace(workers(10, 1000, 10).strategy(s -> s.withTooling(List.of(Tool.SCRIPTS)))
                .weeks(40).build(), 0).result();
        assertEquals(4 * 20 + 320, r.series().platformHours(3), 1e-9, "320 h of tooling finished in week 3");
        assertEquals(32, r.teams().doneWeek(0), "40 h done, 960 × 0.3 = 288 h left: 29 more weeks");
        assertEquals(10 * (40 + 288), r.metrics().migrationHours(), 1e-6);
    }

    @Test
    void finishedToolsCutTheEffortOfLaterMigrations() {
        ScenarioBuilder b = workers(10, 1000, 100).strategy(s -> s.withAnnounceWeek(10)).weeks(40);
        RunResult runbooks = Runs.trace(b.strategy(s -> s.withTooling(List.of(Tool.RUNBOOKS))).build(), 0).result();
        RunResult both = Runs.trace(b.strategy(s -> s.withTooling(List.of(Tool.SCRIPTS, Tool.RUNBOOKS))).build(), 0)
                .result();
        assertEquals(10 * 960, runbooks.metrics().migrationHours(), 1e-6, "runbooks: 40 h off each team");
        assertEquals(10 * (1000 * 0.3 - 40), both.metrics().migrationHours(), 1e-6, "scripts then runbooks");
    }

    @Test
    void theValueGateSeesTheToolsFinishedSoFar() {
        Scenario sc = workers(1, 100, 100).gates(false, true)
                .attributes(a -> a.withGain(a.gain().withAll(constant(1))).withHorizon(a.horizon().withAll(constant(50))))
                .strategy(s -> s.withTooling(List.of(Tool.SCRIPTS))).weeks(8).build();
        Trace t = Runs.trace(sc, 0);
        for (int w = 0; w <= 3; w++) {
            assertEquals(Reason.COST, t.reason(w, 0), "week " + w + ": payback 100 weeks > 50");
        }
        assertEquals(4, t.result().teams().doneWeek(0), "scripts done in week 3: payback 30 weeks");
    }

    private static Trace chain(boolean downstreamAfterUpstream) {
        List<Edge> deps = new ArrayList<>();
        for (int i = 1; i < 5; i++) {
            deps.add(downstreamAfterUpstream ? new Edge(i, i - 1) : new Edge(4 - i, 5 - i));
        }
        return Runs.trace(ScenarioBuilder.lab(5).threshold(constant(0))
                .dependencies(new DependencySpec.EdgeList(deps)).weeks(8).build(), 0);
    }

    @Test
    void dependenciesHoldCompletionUntilUpstreamWasDoneLastWeekWhateverTheTeamOrder() {
        Trace forward = chain(true);
        Trace backward = chain(false);
        for (int i = 0; i < 5; i++) {
            assertEquals(i, forward.result().teams().doneWeek(i), "team " + i + " waits for team " + (i - 1));
            assertEquals(4 - i, backward.result().teams().doneWeek(i), "team " + i + " waits for team " + (i + 1));
        }
        assertEquals(Reason.BLOCKED_DEPENDENCY, forward.reason(1, 4));
        assertEquals(TeamStatus.MIGRATING, forward.status(1, 4));
    }

    @Test
    void compatibilityShimsStopDependenciesFromBlocking() {
        ScenarioBuilder b = ScenarioBuilder.lab(2).thresholds(2, 0)
                .dependencies(new DependencySpec.EdgeList(List.of(new Edge(1, 0)))).weeks(20);
        Trace without = Runs.trace(b.build(), 0);
        Trace with = Runs.trace(b.strategy(s -> s.withTooling(List.of(Tool.SHIMS))).build(), 0);
        assertEquals(Reason.BLOCKED_DEPENDENCY, without.reason(19, 1), "its upstream team never moves");
        assertEquals(Reason.BLOCKED_DEPENDENCY, with.reason(2, 1));
        assertEquals(3, with.result().teams().doneWeek(1), "240 h of shims finished in week 2");
    }

    /**
     * 1,000 teams working weeks 1–10 (long migrations); the platform fixes every blocker within its
     * week, so blockers fixed = blocker arrivals. Maturity stays where it starts.
     */
    private static ScenarioBuilder blockers(double maturity) {
        return workers(1000, 10_000, 10).strategy(s -> s.withAnnounceWeek(1))
                .platform(p -> Records.with(p, "capacity", 1e7, "blockerRate", 0.2, "maturity", maturity,
                        "maturityPerFix", 0.0, "maturityPerMigration", 0.0))
                .tooling(t -> Records.with(t, "canaryHours", 0.0))
                .weeks(11);
    }

    private static double blockersPerTeamWeek(ScenarioBuilder b) {
        return Runs.trace(b.build(), 0).result().metrics().blockersFixed() / 10_000.0;
    }

    @Test
    void blockersArriveAtBetaTimesMissingMaturity() {
        double raw = blockersPerTeamWeek(blockers(0));
        double mature = blockersPerTeamWeek(blockers(0.5));
        double canary = blockersPerTeamWeek(blockers(0).strategy(s -> s.withTooling(List.of(Tool.CANARY))));
        double officeHours = blockersPerTeamWeek(blockers(0).strategy(s -> s.withOfficeHours(8)));
        Measured.report("blockers per team-week: %.4f raw, %.4f at maturity 0.5, %.4f with canary, %.4f with office hours",
                raw, mature, canary, officeHours);
        assertEquals(0.2, raw, 0.012, "β0 at maturity 0");
        assertEquals(0.1, mature, 0.009, "β0 · (1 − 0.5)");
        assertEquals(0.1, canary, 0.009, "canary halves blockers");
        assertEquals(0.1, officeHours, 0.009, "half are questions, answered within the week by office hours");
    }

    @Test
    void aPlatformTeamWithoutSpareHoursLeavesTeamsBlocked() {
        Trace t = Runs.trace(workers(100, 10_000, 10)
                .platform(p -> Records.with(p, "capacity", 20.0, "blockerRate", 0.2)).weeks(40).build(), 0);
        assertTrue(t.result().series().count(Reason.BLOCKED_PLATFORM, 39) >= 95, "upkeep eats all 20 hours");
        assertEquals(0, t.result().metrics().blockersFixed());
    }

    @Test
    void maturityRisesWithEachCompletedMigration() {
        RunResult r = Runs.trace(workers(10, 0, 10).weeks(3).build(), 0).result();
        assertEquals(0.3 + 10 * 0.02, r.metrics().finalMaturity(), 1e-12);
        assertEquals(0.5, r.series().maturity(0), 1e-12, "counted in the week of completion");
    }

    @Test
    void oldSystemIncidentsAtTheirWeeklyRate() {
        RunResult r = Runs.trace(ScenarioBuilder.lab(1000).strategy(s -> s.withAnnounceWeek(-1)).weeks(50).build(), 0)
                .result();
        assertEquals(0.02, r.metrics().incidentRateBefore(), 0.002);
    }

    /** 4,000 teams done in week 0 at maturity 0.3 and quality 1, then 49 more weeks on the new system. */
    @Test
    void postMigrationIncidentsDependOnMaturityAndCanary() {
        ScenarioBuilder b = workers(4000, 0, 10).weeks(50);
        double plain = Runs.trace(b.build(), 0).result().metrics().incidentRateAfter();
        double canary = Runs.trace(b.tooling(t -> Records.with(t, "canaryHours", 0.0))
                .strategy(s -> s.withTooling(List.of(Tool.CANARY))).build(), 0).result().metrics().incidentRateAfter();
        double expected = 0.01 * (1 + 1.5 * (1 - 0.3));
        Measured.report("incidents after migrating: %.5f (expected %.5f), with canary %.5f (expected %.5f)",
                plain, expected, canary, expected * (1 + 49 * 0.5) / 50);
        assertEquals(expected, plain, 0.0015);
        assertEquals(expected * (1 + 49 * 0.5) / 50, canary, 0.001, "halved from week 1, once the canary exists");
    }
}
