package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.NetworkSpec.Edge;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.Trigger;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunMetrics;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.testkit.Records;
import org.adoptsim.core.testkit.Runs;
import org.adoptsim.core.testkit.ScenarioBuilder;
import org.adoptsim.core.testkit.Trace;
import org.junit.jupiter.api.Test;

/**
 * Step 8 of docs/model.md's week: a sunset announced at a week or share, hidden dependencies found and
 * paid for, the throttle counted in every value gate, the dark period, and the shutdown's emergency
 * migrations and broken integrations.
 */
class SunsetTest {
    private static final Strategy SUNSET_NOW = Strategy.nothing("sunset").withSunset(Sunset.at(Trigger.atWeek(0)));

    private static int hiddenDeps(Org org) {
        int sum = 0;
        for (int i = 0; i < org.teams(); i++) {
            sum += org.hiddenDeps(i);
        }
        return sum;
    }

    @Test
    void shutdownMovesEveryTeamThatIsNotDone() {
        Strategy pure = Presets.byName(Presets.PURE_MANDATE).orElseThrow();
        for (int r = 0; r < 10; r++) {
            RunResult res = Runs.trace(ScenarioBuilder.model().strategy(s -> pure).build(), r).result();
            RunMetrics m = res.metrics();
            assertEquals(0, m.sunsetWeek());
            assertEquals(26, m.shutdownWeek(), "26 weeks after the announcement");
            assertEquals(42, res.series().done(26), "replicate " + r + ": everyone done at shutdown");
            assertTrue(m.emergencyMigrations() > 0 && m.emergencyMigrations() <= 42 - res.series().done(25));
        }
    }

    @Test
    void theOldSystemsUpkeepEndsAtShutdown() {
        RunResult r = Runs.trace(ScenarioBuilder.lab(10).strategy(s -> SUNSET_NOW.withSunset(new Sunset(Trigger.atWeek(0), 5)))
                .weeks(12).build(), 0).result();
        assertEquals(10, r.metrics().emergencyMigrations());
        assertEquals(6 * 20, r.series().platformHours(5), 1e-9, "upkeep in weeks 0–5");
        assertEquals(6 * 20, r.series().platformHours(11), 1e-9, "none after the shutdown");
    }

    /**
     * Shutdown at week 26, throttle from week 13 (set by that week's sunset step, after the decisions):
     * the value gate sees it from week 14, as every decision reads the state of the week before.
     */
    @Test
    void theThrottleCountsInEveryValueGate() {
        Scenario sc = ScenarioBuilder.lab(1).threshold(Distribution.constant(0)).gates(false, true)
                .effort(Distribution.constant(100)).capacity(Distribution.constant(100))
                .attributes(a -> a.withGain(a.gain().withAll(Distribution.constant(1)))
                        .withStayCost(a.stayCost().withAll(Distribution.constant(1)))
                        .withHorizon(a.horizon().withAll(Distribution.constant(60)))
                        .withHiddenDeps(a.hiddenDeps().withAll(Distribution.constant(0))))
                .strategy(s -> s.withSunset(Sunset.at(Trigger.atWeek(0)))).weeks(20).build();
        Trace t = Runs.trace(sc, 0);
        assertEquals(Reason.COST, t.reason(13, 0), "cost of staying invisible: payback 100 weeks");
        assertEquals(14, t.result().teams().doneWeek(0), "throttled: 100/(1 + 3·1) = 25 weeks");
    }

    @Test
    void foundHiddenDependenciesAddSixteenHoursEach() {
        Scenario sc = ScenarioBuilder.lab(200).threshold(Distribution.constant(0)).capacity(Distribution.constant(1000))
                .sunsetRules(r -> Records.with(r, "discoveryRate", 1.0))
                .strategy(s -> s.withAnnounceWeek(1).withSunset(Sunset.at(Trigger.atWeek(0)))).weeks(3).build();
        Trace t = Runs.trace(sc, 0);
        int hidden = hiddenDeps(t.org());
        assertTrue(hidden > 100, "Poisson(1) per team");
        assertEquals(16.0 * hidden, t.result().metrics().migrationHours(), 1e-9, "all found in week 0, paid when started");
        assertEquals(200, t.result().series().done(1));
    }

    @Test
    void hiddenDependenciesAreFoundAtTheirWeeklyRate() {
        Scenario sc = ScenarioBuilder.lab(2000).threshold(Distribution.constant(0))
                .strategy(s -> s.withSunset(Sunset.at(Trigger.atWeek(0)))).weeks(10).build();
        Trace t = Runs.trace(sc, 0);
        double expected = hiddenDeps(t.org()) * (1 - Math.pow(0.9, 10));
        double found = t.result().metrics().migrationHours() / 16;
        assertEquals(expected, found, 0.05 * expected, "each found with probability 0.1 a week");
    }

    /** Team 1 has finished its work and waits for team 0, which never moves, when the sunset adds 32 h. */
    @Test
    void aTeamWaitingUpstreamThatFindsHiddenDependenciesIsMigratingAgain() {
        Scenario sc = ScenarioBuilder.lab(2).thresholds(2, 0).capacity(Distribution.constant(1))
                .dependencies(new DependencySpec.EdgeList(List.of(new Edge(1, 0))))
                .attributes(a -> a.withHiddenDeps(a.hiddenDeps().withAll(Distribution.constant(2))))
                .sunsetRules(r -> Records.with(r, "discoveryRate", 1.0))
                .strategy(s -> s.withSunset(new Sunset(Trigger.atWeek(5), 100))).weeks(40).build();
        Trace t = Runs.trace(sc, 0);
        assertEquals(Reason.BLOCKED_DEPENDENCY, t.reason(4, 1));
        for (int w = 5; w < 37; w++) {
            assertEquals(Reason.MIGRATING, t.reason(w, 1), "week " + w + ": working off the 32 h found");
        }
        assertEquals(Reason.BLOCKED_DEPENDENCY, t.reason(38, 1), "done again, waiting again");
    }

    @Test
    void theDarkPeriodRevealsWhatTheShutdownWouldBreak() {
        ScenarioBuilder b = ScenarioBuilder.lab(200).strategy(s -> SUNSET_NOW).weeks(30);
        Trace dark = Runs.trace(b.sunsetRules(r -> Records.with(r, "discoveryRate", 0.0)).build(), 0);
        Trace noDark = Runs.trace(b.sunsetRules(r -> Records.with(r, "discoveryRate", 0.0, "darkPeriod", false)).build(), 0);
        int hidden = hiddenDeps(dark.org());
        assertEquals(hidden, dark.result().metrics().plannedIncidents(), "small incidents in a planned window");
        assertEquals(0, dark.result().metrics().shutdownIncidents());
        assertEquals(0, noDark.result().metrics().plannedIncidents());
        assertEquals(hidden, noDark.result().metrics().shutdownIncidents(), "each breaks as a full incident");
        assertEquals(200, noDark.result().metrics().emergencyMigrations());
    }

    @Test
    void earnThenMandateFiresMandateAndSunsetTogetherAtSeventyPercent() {
        Scenario sc = ScenarioBuilder.model().strategy(s -> Presets.byName(Presets.EARN_THEN_MANDATE).orElseThrow())
                .replicates(20).seed(41).build();
        List<RunResult> runs = Runs.of(sc);
        int fired = 0;
        for (RunResult r : runs) {
            int week = r.metrics().mandateWeek();
            assertEquals(week, r.metrics().sunsetWeek());
            if (week > 0) {
                fired++;
                assertTrue(r.series().doneShare(week - 1) >= 0.7);
                assertTrue(r.series().doneShare(week - 2) < 0.7);
            }
        }
        assertTrue(fired >= 15, "fires in most runs within two years");
    }
}
