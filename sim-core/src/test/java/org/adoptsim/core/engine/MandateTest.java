package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.InitialAdopters;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Trigger;
import org.adoptsim.core.config.WorkRules;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.testkit.Runs;
import org.adoptsim.core.testkit.ScenarioBuilder;
import org.adoptsim.core.testkit.Trace;
import org.adoptsim.core.testkit.Measured;
import org.junit.jupiter.api.Test;

/**
 * Step 4 of docs/model.md's week: when a mandate fires every idle or willing team must start (at the next
 * quarter boundary, or at once with executive backing); teams idle when forced resent
 * r = min(1, pressure·(1 − R)·archetypeFactor) with readiness R = min(1, G/0.7); resentment slows
 * work and lowers quality; at the deadline forced teams not done turn dual and keep working slowly.
 */
class MandateTest {
    private static final Strategy MANDATE_EARLY = Presets.byName(Presets.MANDATE_EARLY).orElseThrow();

    @Test
    void aMandateAtWeekFourStartsEveryTeamByTheNextQuarterBoundary() {
        ScenarioBuilder b = ScenarioBuilder.model().strategy(s -> MANDATE_EARLY).weeks(20);
        int waitingAtWeek12 = 0;
        for (int r = 0; r < 20; r++) {
            Trace t = Runs.trace(b.build(), r);
            assertEquals(4, t.result().metrics().mandateWeek());
            assertEquals(42, t.started(13), "replicate " + r + ": every team started by week 13");
            waitingAtWeek12 += 42 - t.started(12);
        }
        assertTrue(waitingAtWeek12 > 20 * 20, "forced teams wait for the boundary rather than start at week 4");
    }

    @Test
    void executiveBackingStartsEveryTeamAtOnce() {
        Strategy backed = MANDATE_EARLY.withMandate(MANDATE_EARLY.mandate().withExecutiveBacking(true));
        for (int r = 0; r < 5; r++) {
            Trace t = Runs.trace(ScenarioBuilder.model().strategy(s -> backed).weeks(6).build(), r);
            assertEquals(42, t.started(4), "replicate " + r);
        }
    }

    /** Fired at week 0 before anyone has heard of it: everyone idle, readiness 0. */
    @Test
    void resentmentFollowsPressureReadinessAndArchetype() {
        Scenario sc = ScenarioBuilder.model()
                .strategy(s -> s.withAnnounceWeek(-1).withMandate(Mandate.at(Trigger.atWeek(0))))
                .weeks(1).build();
        Trace t = Runs.trace(sc, 0);
        double expected = (7 * 0.5 + 14 * 1.0 + 14 * 1.2 + 7 * 2.0) * 0.5 / 42;
        assertEquals(expected, t.result().series().meanResentment(0), 1e-12,
                "pressure 0.5 × factors 0.5/1/1.2/2 over the 7/14/14/7 quota");
    }

    /** Half the teams done before week 0: R = 0.5/0.7. Attention 0 keeps every other team idle until forced. */
    @Test
    void readinessScalesResentmentDown() {
        Scenario sc = ScenarioBuilder.model()
                .strategy(s -> s.withAnnounceWeek(-1).withInitialAdopters(new InitialAdopters(21, 0))
                        .withMandate(Mandate.at(Trigger.atWeek(0)).withPressure(0.8)))
                .attention(0)
                .weeks(1).build();
        WorkRules w = WorkRules.defaults();
        for (int r = 0; r < 3; r++) {
            Trace t = Runs.trace(sc, r);
            double readiness = Math.min(1, 0.5 / 0.7);
            double sum = 0;
            for (int i = 0; i < t.teams(); i++) {
                if (t.result().teams().startWeek(i) != -1 || t.status(0, i) != TeamStatus.DONE) {
                    Archetype a = t.org().archetype(i);
                    sum += Math.min(1, 0.8 * (1 - readiness) * w.resentmentFactor(a));
                }
            }
            assertEquals(sum / 42, t.result().series().meanResentment(0), 1e-12, "replicate " + r);
        }
    }

    @Test
    void aDeadlineBeforeTeamsCanFinishLeavesDualTeams() {
        Scenario sc = ScenarioBuilder.model().dependencies(new DependencySpec.None())
                .strategy(s -> s.withMandate(Mandate.at(Trigger.atWeek(0)).withDeadlineWeeks(4)
                        .withExecutiveBacking(true)))
                .replicates(20).seed(21).build();
        List<RunResult> runs = Runs.of(sc);
        double dualAtDeadline = Runs.meanAt(runs, 4, (s, w) -> s.count(TeamStatus.DUAL, w));
        double dualAtEnd = Runs.meanAt(runs, 103, (s, w) -> s.count(TeamStatus.DUAL, w));
        double doneAtDeadline = Runs.meanAt(runs, 4, (s, w) -> s.done(w));
        double doneAtEnd = Runs.meanAt(runs, 103, (s, w) -> s.done(w));
        Measured.report("deadline at week 4: dual %.1f at the deadline, %.1f at week 103; done %.1f -> %.1f",
                dualAtDeadline, dualAtEnd, doneAtDeadline, doneAtEnd);
        assertTrue(dualAtDeadline > 30, "most forced teams cannot finish 360 h in four weeks");
        assertTrue(dualAtEnd > 0, "some are still dual two years later");
        assertTrue(doneAtEnd > doneAtDeadline + 10, "dual teams keep working and can still finish");
        assertTrue(Runs.mean(runs, m -> m.dualTeamWeeks()) > 30 * 20);
    }

    @Test
    void aDeadlineAfterTeamsCanFinishLeavesNone() {
        Scenario sc = ScenarioBuilder.lab(42).strategy(s -> s.withMandate(Mandate.at(Trigger.atWeek(0)))).build();
        RunResult r = Runs.trace(sc, 0).result();
        assertEquals(0, r.metrics().dualTeamWeeks());
        assertEquals(1.0, r.metrics().finalDoneShare());
    }

    /** Same forced start, pressure 0 or 1: resentment halves the speed and lowers quality. */
    @Test
    void resentmentSlowsWorkAndLowersQuality() {
        Mandate calm = Mandate.at(Trigger.atWeek(0)).withDeadlineWeeks(200).withExecutiveBacking(true).withPressure(0);
        Scenario sc = ScenarioBuilder.model().dependencies(new DependencySpec.None())
                .strategy(s -> s.withAnnounceWeek(-1))
                .platform(p -> p.withBlockerRate(0))
                .replicates(30).seed(22)
                .buildComparing(s -> s.withMandate(calm), s -> s.withMandate(calm.withPressure(1)));
        List<List<RunResult>> runs = Runs.byStrategy(sc);
        double timeCalm = Runs.mean(runs.get(0), m -> m.meanTimeToMigrate());
        double timeAngry = Runs.mean(runs.get(1), m -> m.meanTimeToMigrate());
        double incidentsCalm = Runs.mean(runs.get(0), m -> m.incidentRateAfter());
        double incidentsAngry = Runs.mean(runs.get(1), m -> m.incidentRateAfter());
        Measured.report("resentment: weeks to migrate %.2f -> %.2f, incidents after %.4f -> %.4f",
                timeCalm, timeAngry, incidentsCalm, incidentsAngry);
        assertTrue(timeAngry > 1.6 * timeCalm, "work at c·(1 − 0.5r): about half speed when r ≈ 1");
        assertTrue(incidentsAngry > 2 * incidentsCalm, "quality 1 − r: up to (1 + 2) times the incidents");
        assertEquals(0, Runs.mean(runs.get(1), m -> m.championRatio()), 1e-3, "resentful teams are no champions");
    }

    /** One team passes its threshold per week (θ_i = i/50, global proof): 30 % is reached in week 14. */
    @Test
    void aMandateByShareFiresTheWeekAfterHonestAdoptionReachesIt() {
        double[] thresholds = new double[50];
        java.util.Arrays.setAll(thresholds, i -> i / 50.0);
        Scenario sc = ScenarioBuilder.lab(50).thresholds(thresholds).dashboard(1.0)
                .strategy(s -> s.withMandate(Mandate.at(Trigger.atShare(0.3)))).weeks(20).build();
        RunResult res = Runs.trace(sc, 0).result();
        assertEquals(14, res.series().done(13), "29 % at the end of week 13");
        assertEquals(15, res.series().done(14), "30 % at the end of week 14");
        assertEquals(15, res.metrics().mandateWeek(), "fires in week 15, on last week's share");
        assertEquals(50, res.series().done(15), "every team forced to start at once (no roadmap)");
    }
}
