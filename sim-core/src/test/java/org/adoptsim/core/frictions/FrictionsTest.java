package org.adoptsim.core.frictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.HoldoutEngagement;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.Trigger;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunResult;
import org.junit.jupiter.api.Test;

/** Behavioural tests of the organisation's frictions: each mechanism moves the outcome the way docs/model.md says. */
class FrictionsTest {
    private static final Scenario BASE = Scenario.defaults();
    private static final Strategy EARNED = Presets.byName(Presets.EARNED).orElseThrow();
    private static final Strategy PURE = Presets.byName(Presets.PURE_MANDATE).orElseThrow();
    private static final int R = 60;

    private static Scenario withDependencies(double mean) {
        return BASE.withOrganisation(BASE.organisation().withDependencies(new DependencySpec.Random(mean)));
    }

    @Test
    void dependenciesHoldFinishedTeamsUntilShimsExist() {
        Strategy noShims = EARNED.withTooling(List.of(Tool.SCRIPTS, Tool.RUNBOOKS));
        Scenario heavy = withDependencies(2.0);
        double waiting = Trials.mean(heavy, noShims, R, r -> maxOverWeeks(r, Reason.BLOCKED_DEPENDENCY));
        double withShims = Trials.mean(heavy, noShims.withTooling(List.of(Tool.SHIMS, Tool.SCRIPTS, Tool.RUNBOOKS)), R,
                r -> maxOverWeeks(r, Reason.BLOCKED_DEPENDENCY));
        double none = Trials.mean(BASE.withOrganisation(BASE.organisation().withDependencies(new DependencySpec.None())),
                noShims, R, r -> maxOverWeeks(r, Reason.BLOCKED_DEPENDENCY));
        assertTrue(waiting > 1.0, "peak teams waiting on upstream: " + waiting);
        assertTrue(withShims < waiting / 2, "shims built first: " + withShims + " vs " + waiting);
        assertEquals(0.0, none, "no dependencies, nobody waits");
    }

    private static int maxOverWeeks(RunResult r, Reason reason) {
        int max = 0;
        for (int w = 0; w < r.series().weeks(); w++) {
            max = Math.max(max, r.series().count(reason, w));
        }
        return max;
    }

    @Test
    void aSmallPlatformTeamLeavesTeamsBlockedAndSlowsAdoption() {
        Scenario small = BASE.withRules(BASE.rules().withPlatform(BASE.rules().platform().withCapacity(30)));
        double blockedSmall = Trials.mean(small, EARNED, R, r -> sumOverWeeks(r, Reason.BLOCKED_PLATFORM));
        double blockedDefault = Trials.mean(BASE, EARNED, R, r -> sumOverWeeks(r, Reason.BLOCKED_PLATFORM));
        assertTrue(blockedSmall > 2 * blockedDefault, "blocked team-weeks " + blockedSmall + " vs " + blockedDefault);
        double doneSmall = Trials.mean(small, EARNED, R, r -> r.series().done(51));
        double doneDefault = Trials.mean(BASE, EARNED, R, r -> r.series().done(51));
        assertTrue(doneSmall < doneDefault - 2, "done at week 52: " + doneSmall + " vs " + doneDefault);
    }

    private static long sumOverWeeks(RunResult r, Reason reason) {
        long sum = 0;
        for (int w = 0; w < r.series().weeks(); w++) {
            sum += r.series().count(reason, w);
        }
        return sum;
    }

    @Test
    void maturityLowersBlockersAndRisesWithMigrations() {
        Scenario mature = BASE.withRules(BASE.rules().withPlatform(BASE.rules().platform().withMaturity(0.95)));
        double fixesMature = Trials.mean(mature, EARNED, R, r -> r.metrics().blockersFixed());
        double fixesDefault = Trials.mean(BASE, EARNED, R, r -> r.metrics().blockersFixed());
        assertTrue(fixesMature < fixesDefault / 3, "blockers fixed " + fixesMature + " vs " + fixesDefault);
        double finalMaturity = Trials.mean(BASE, EARNED, R, r -> r.metrics().finalMaturity());
        assertTrue(finalMaturity > 0.3 + 0.02 * 20, "maturity grows with completions: " + finalMaturity);
    }

    /** Office hours come last in the platform's priorities, so the test gives the platform hours to spare. */
    @Test
    void officeHoursResolveQuestionsWithoutBlocking() {
        Scenario buggy = BASE.withRules(BASE.rules().withPlatform(
                BASE.rules().platform().withBlockerRate(0.4).withCapacity(1000)));
        Strategy without = EARNED.withOfficeHours(0);
        double lostWith = Trials.mean(buggy, EARNED, R, r -> r.metrics().blockedTeamWeeks());
        double lostWithout = Trials.mean(buggy, without, R, r -> r.metrics().blockedTeamWeeks());
        assertTrue(lostWith < lostWithout * 0.8, "team-weeks lost to blockers with office hours " + lostWith
                + " vs without " + lostWithout);
    }

    @Test
    void executiveUnblocksLetWillingTeamsStartOffTheQuarter() {
        Strategy hope = Presets.byName(Presets.ANNOUNCE_AND_HOPE).orElseThrow();
        double roadmapWait = Trials.mean(BASE, hope, R, r -> sumOverWeeks(r, Reason.ROADMAP));
        double withSponsor = Trials.mean(BASE, hope.withExecutiveUnblocksPerQuarter(10), R,
                r -> sumOverWeeks(r, Reason.ROADMAP));
        assertTrue(withSponsor < roadmapWait * 0.7, "roadmap team-weeks " + withSponsor + " vs " + roadmapWait);
    }

    @Test
    void engagingHoldoutsConvertsSomeAndHalvesTheirResentment() {
        Strategy engaged = EARNED.withEngageHoldouts(new HoldoutEngagement(8, 0.5, 13));
        double conversions = Trials.mean(BASE, engaged, R, r -> r.metrics().conversions());
        assertTrue(conversions >= 2, "holdouts converted per run: " + conversions);
        double holdoutsLeft = Trials.mean(BASE, engaged, R, r -> r.series().count(Reason.HOLDOUT, 103));
        double holdoutsLeftPlain = Trials.mean(BASE, EARNED, R, r -> r.series().count(Reason.HOLDOUT, 103));
        assertTrue(holdoutsLeft < holdoutsLeftPlain - 1, "holdouts left " + holdoutsLeft + " vs " + holdoutsLeftPlain);
        Strategy lateMandate = EARNED.withMandate(Mandate.at(Trigger.atWeek(60)));
        double resentPlain = Trials.mean(BASE, lateMandate, R, r -> r.metrics().meanResentment());
        double resentEngaged = Trials.mean(BASE, lateMandate.withEngageHoldouts(new HoldoutEngagement(8, 0.0, 13)), R,
                r -> r.metrics().meanResentment());
        assertTrue(resentEngaged < resentPlain, "talked-to holdouts resent less: " + resentEngaged + " vs " + resentPlain);
    }

    @Test
    void sunsetForcesEveryTeamOffTheOldSystemAtShutdown() {
        Strategy sunset = EARNED.withSunset(Sunset.at(Trigger.atWeek(40)));
        List<RunResult> runs = Trials.run(BASE, sunset, R);
        for (RunResult r : runs) {
            assertEquals(66, r.metrics().shutdownWeek());
            assertEquals(42, r.series().done(66), "everyone done at shutdown");
            assertTrue(r.series().done(65) < 42 || r.metrics().emergencyMigrations() == 0);
        }
        double emergencies = runs.stream().mapToDouble(r -> r.metrics().emergencyMigrations()).average().orElseThrow();
        assertTrue(emergencies > 1, "teams moved by emergency migration: " + emergencies);
        double planned = runs.stream().mapToDouble(r -> r.metrics().plannedIncidents()).average().orElseThrow();
        assertTrue(planned > 0, "the dark period reveals hidden dependencies: " + planned);
    }

    @Test
    void emergencyMigrationsDoNotRaiseMaturity() {
        Strategy sunset = EARNED.withSunset(Sunset.at(Trigger.atWeek(40)));
        for (RunResult r : Trials.run(BASE, sunset, 20)) {
            int shutdown = r.metrics().shutdownWeek();
            assertEquals(r.series().maturity(shutdown), r.series().maturity(103), 0.0,
                    "nothing migrates after the shutdown, and the shutdown's own moves add no maturity");
        }
    }

    @Test
    void withoutDarkPeriodHiddenDependenciesBreakAtShutdown() {
        Strategy sunset = EARNED.withSunset(new Sunset(Trigger.atWeek(40), 4));
        var rules = BASE.rules().withSunset(new org.adoptsim.core.config.SunsetRules(0.1, 16, 2, 3, false, 0.3));
        double broken = Trials.mean(BASE.withRules(rules), sunset, R, r -> r.metrics().shutdownIncidents());
        double brokenLongLead = Trials.mean(BASE, EARNED.withSunset(Sunset.at(Trigger.atWeek(40))), R,
                r -> r.metrics().shutdownIncidents());
        assertTrue(broken > 10, "hidden dependencies still hidden at a 4-week sunset: " + broken);
        assertEquals(0.0, brokenLongLead, "the dark period leaves nothing hidden");
    }

    @Test
    void throttlingTheOldSystemPullsCostBlockedTeamsAcross() {
        Strategy hope = Presets.byName(Presets.ANNOUNCE_AND_HOPE).orElseThrow();
        Strategy sunsetOnly = hope.withSunset(new Sunset(Trigger.atWeek(60), 40));
        double costBlockedBefore = Trials.mean(BASE, sunsetOnly, R, r -> r.series().count(Reason.COST, 85));
        double costBlockedThrottled = Trials.mean(BASE, sunsetOnly, R, r -> r.series().count(Reason.COST, 95));
        assertTrue(costBlockedThrottled < costBlockedBefore, "cost-blocked teams before throttling "
                + costBlockedBefore + ", while throttled " + costBlockedThrottled);
    }

    @Test
    void incidentsFallAfterCleanMigrationsAndRiseAfterForcedOnes() {
        double earnedAfter = Trials.mean(BASE, EARNED, R, r -> r.metrics().incidentRateAfter());
        double earnedBefore = Trials.mean(BASE, EARNED, R, r -> r.metrics().incidentRateBefore());
        double pureAfter = Trials.mean(BASE, PURE, R, r -> r.metrics().incidentRateAfter());
        assertTrue(earnedAfter < earnedBefore, "after " + earnedAfter + " vs before " + earnedBefore);
        assertTrue(pureAfter > earnedAfter * 2, "forced, low-quality migrations: " + pureAfter + " vs " + earnedAfter);
    }

    @Test
    void championsAppearOnlyAfterCleanMigrations() {
        double earned = Trials.mean(BASE, EARNED, R, r -> r.metrics().championRatio());
        double pure = Trials.mean(BASE, PURE, R, r -> r.metrics().championRatio());
        assertTrue(earned > 0.15, "champion ratio with a champions programme: " + earned);
        assertTrue(pure < 0.05, "resentful, forced teams rarely champion: " + pure);
    }

    @Test
    void timeToMigrateIsRecordedForTheLastTeams() {
        for (RunResult r : Trials.run(BASE, EARNED, 20)) {
            int[] last = r.metrics().lastThreeTimes();
            assertEquals(3, last.length);
            for (int t : last) {
                assertTrue(t >= 0 && t < 104, "weeks from start to done: " + t);
            }
            assertTrue(r.metrics().meanTimeToMigrate() > 1, "mean time to migrate " + r.metrics().meanTimeToMigrate());
        }
    }
}
