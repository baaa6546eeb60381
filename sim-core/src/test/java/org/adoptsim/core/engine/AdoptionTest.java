package org.adoptsim.core.engine;

import static org.adoptsim.core.config.Distribution.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.core.config.Coalition;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.Trigger;
import org.adoptsim.core.result.PlatformUse;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.testkit.Records;
import org.adoptsim.core.testkit.Runs;
import org.adoptsim.core.testkit.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/**
 * Self-sufficiency after migrating, the adopted state and the initiative-done week (docs/model.md,
 * "Adoption as the seed defines it"), on lab setups small enough to follow by hand: one team done in
 * week 0 is served from week 1, so after k served weeks σ = 1 − (1 − λ·q)^k.
 */
class AdoptionTest {
    private static final double LAMBDA = 0.08;

    /** Teams that pass every gate at once and finish in the week they start; support asked as by default. */
    private static ScenarioBuilder instant(int teams) {
        return ScenarioBuilder.lab(teams).threshold(constant(0)).adoption(a -> a.toBuilder().supportHours(3).build());
    }

    private static RunResult run(ScenarioBuilder b) {
        return Runs.trace(b.build(), 0).result();
    }

    @Test
    void aServedVoluntaryTeamIsAdoptedAfterTwentyWeeks() {
        RunResult r = run(instant(1).weeks(30));
        TeamOutcomes o = r.teams();
        assertEquals(0, o.doneWeek(0));
        // 0.92^19 = 0.205 > 0.2, 0.92^20 = 0.189: adopted in week 20, after 20 served weeks
        assertEquals(20, o.adoptedWeek(0));
        assertEquals(1 - Math.pow(1 - LAMBDA, 29), o.sufficiency(0), 1e-12);
        assertEquals(0, r.series().adopted(19));
        assertEquals(1, r.series().adopted(20));
        assertEquals(1, r.series().done(19), "done long before adopted");
        assertEquals(1.0, r.metrics().finalAdoptedShare());
        assertEquals(21, r.metrics().weeksToAdopted90());
    }

    @Test
    void anUnservedTeamDoesNotLearn() {
        RunResult r = run(instant(1).platform(p -> p.withCapacity(0)).weeks(30));
        assertEquals(0, r.teams().sufficiency(0));
        assertFalse(r.teams().adopted(0));
        assertEquals(1, r.series().done(29));
        assertEquals(0, r.series().adopted(29));
        assertEquals(-1, r.metrics().weeksToAdopted90());
    }

    @Test
    void aPartlyServedTeamGrowsByTheServedPart() {
        RunResult r = run(instant(1).platform(p -> p.withCapacity(1.5)).weeks(3));
        double s1 = LAMBDA * 0.5;
        double s2 = s1 + (1 - s1) * LAMBDA * (1.5 / (3 * (1 - s1)));
        assertEquals(s2, r.teams().sufficiency(0), 1e-12);
        assertEquals(3.0, r.series().platformHours(PlatformUse.POST_MIGRATION_SUPPORT, 2), 1e-12);
    }

    @Test
    void teamsThatFinishedFirstAreServedFirst() {
        // team 0 done in week 0; team 1 (threshold 0.5) sees it on the dashboard and is done in week 1;
        // no upkeep, so the platform's 3 h go to support alone
        RunResult r = run(instant(2).thresholds(0, 0.5).dashboard(1)
                .platform(p -> Records.with(p.withCapacity(3), "maintenanceHours", 0.0)).weeks(3));
        assertEquals(1, r.teams().doneWeek(1));
        double s0 = 1 - Math.pow(1 - LAMBDA, 2);
        double left = 3 - 3 * (1 - LAMBDA);
        assertEquals(s0, r.teams().sufficiency(0), 1e-12, "served in full in weeks 1 and 2");
        assertEquals(LAMBDA * left / 3, r.teams().sufficiency(1), 1e-12, "gets what team 0 left in week 2");
    }

    @Test
    void aTeamTheBudgetDoesNotReachKeepsItsSelfSufficiency() {
        // team 0 done in week 0, teams 1 and 2 (threshold 0.3) once they see it, in week 1. In week 2 the
        // platform's 3.5 h serve team 0 in full (3·(1 − λ) h), team 1 with what is left, and team 2 not at all
        RunResult r = run(instant(3).thresholds(0, 0.3, 0.3).dashboard(1)
                .platform(p -> Records.with(p.withCapacity(3.5), "maintenanceHours", 0.0)).weeks(3));
        assertEquals(1, r.teams().doneWeek(1));
        assertEquals(1, r.teams().doneWeek(2));
        double left = 3.5 - 3 * (1 - LAMBDA);
        assertEquals(1 - Math.pow(1 - LAMBDA, 2), r.teams().sufficiency(0), 1e-12, "served in full in weeks 1 and 2");
        assertEquals(LAMBDA * left / 3, r.teams().sufficiency(1), 1e-12, "gets what team 0 left in week 2");
        assertEquals(0.0, r.teams().sufficiency(2), "the budget ran out before team 2");
        assertEquals(3 + 3.5, r.series().platformHours(PlatformUse.POST_MIGRATION_SUPPORT, 2), 1e-12, "3 h in week 1, all 3.5 in week 2");
    }

    @Test
    void highTouchSupportStartsAtThreeTenths() {
        // five coalition teams start in week 2 with high-touch support and finish in week 11
        ScenarioBuilder b = ScenarioBuilder.lab(42).threshold(constant(2)).effort(constant(300)).capacity(constant(20))
                .adoption(a -> a.toBuilder().supportHours(3).build())
                .strategy(s -> s.withAnnounceWeek(-1).withCoalition(new Coalition(5, 2))).weeks(12);
        TeamOutcomes o = run(b).teams();
        int coalition = 0;
        for (int i = 0; i < o.teams(); i++) {
            if (o.doneWeek(i) == 11) {
                assertEquals(0.3, o.sufficiency(i), 1e-12);
                coalition++;
            }
        }
        assertEquals(5, coalition);
    }

    @Test
    void runbookTemplatesAddTwoTenths() {
        // announced in week 1, after the runbooks were built in week 0: σ starts at 0.2
        Strategy runbooks = Strategy.nothing("runbooks").withAnnounceWeek(1).withTooling(List.of(Tool.RUNBOOKS));
        RunResult r = run(instant(1).strategy(s -> runbooks).weeks(2));
        assertEquals(1, r.teams().doneWeek(0));
        assertEquals(0.2, r.teams().sufficiency(0), 1e-12);
    }

    @Test
    void aTeamForcedThroughAtShutdownLearnsAtItsQuality() {
        Strategy sunset = Strategy.nothing("sunset").withAnnounceWeek(0).withSunset(new Sunset(Trigger.atWeek(0), 2));
        ScenarioBuilder b = instant(1).threshold(constant(2)).strategy(s -> sunset).weeks(13);
        RunResult r = run(b);
        assertEquals(1, r.metrics().forcedAtShutdown());
        assertEquals(2, r.teams().doneWeek(0));
        assertEquals(1 - Math.pow(1 - LAMBDA * 0.3, 10), r.teams().sufficiency(0), 1e-12, "served in weeks 3–12");
        RunResult floor = run(b.sunsetRules(s -> s.toBuilder().emergencyQuality(0).build()));
        assertEquals(1 - Math.pow(1 - LAMBDA * 0.1, 10), floor.teams().sufficiency(0), 1e-12,
                "quality 0 still learns at the 0.1 floor");
    }

    @Test
    void theInitiativeIsDoneWhenEveryoneIsAdoptedAndSupportFallsBelowItsShare() {
        assertEquals(21, run(instant(1).weeks(60)).metrics().weeksToInitiativeDone(),
                "adopted in week 20, asking 3·0.19 h < 5 % of 120 h");
        // below 0.1 % of 120 h (0.12 h): 3·0.92^k < 0.12 first at k = 39
        assertEquals(40, run(instant(1).adoption(a -> a.toBuilder().supportHours(3).initiativeSupportShare(0.001)
                .build()).weeks(60)).metrics().weeksToInitiativeDone());
        assertEquals(-1, run(instant(1).weeks(20)).metrics().weeksToInitiativeDone(), "censored before adoption");
        assertTrue(run(instant(1).weeks(60)).metrics().initiativeDone().isPresent());
    }
}
