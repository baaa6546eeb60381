package org.adoptsim.core.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.FunctionNeed;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.SignOffStage;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.Trigger;
import org.adoptsim.core.result.FunctionsOutcome;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.run.Replicate;
import org.junit.jupiter.api.Test;

/**
 * The functions' mechanisms one at a time (docs/model.md, "Across functions"): off by default, the
 * first-come-first-served queue and its timing, cadence, capacity and misalignment, review times kept
 * on their mean, approval and send-back with rework, stages, sequential sign-offs, and that neither a
 * mandate nor a shutdown compels a function. Set-ups are chosen so most answers are exact.
 */
class SignOffMechanismsTest {

    @Test
    void offByDefaultNothingIsReportedAndNoTeamWaitsOnASignOff() {
        Scenario sc = Scenario.defaults();
        for (RunResult r : Replicate.run(sc, sc.strategies(), 0, RunDetail.SERIES)) {
            assertTrue(r.functions().isEmpty());
            for (int w = 0; w < r.weekly().orElseThrow().weeks(); w++) {
                assertEquals(0, r.weekly().orElseThrow().count(Reason.SIGN_OFF, w));
            }
        }
    }

    @Test
    void firstComeFirstServedARequestFiledInWeekTIsTakenFromTPlusOne() {
        // 42 forced teams file at week 0; one review a week of one week: team i (FCFS, ties by index)
        // is taken in week i + 1, approved at the start of week i + 2 and starts then (roadmap off).
        Scenario sc = Desk.with(60, Desk.start("budget").capacity(1).build());
        TeamOutcomes t = Desk.run(sc, Desk.forcedAtZero("forced"), 0).teams();
        for (int i = 0; i < t.teams(); i++) {
            assertEquals(i + 2, t.startWeek(i), "team " + i);
        }
    }

    @Test
    void sessionsFallInTheWeeksWhereTPlusOneIsAMultipleOfTheCadence() {
        // cadence 13: the only sessions before week 26 are weeks 12 and 25; capacity is ample.
        Scenario sc = Desk.with(40, Desk.start("budget").cadenceWeeks(13).capacity(100).build());
        TeamOutcomes t = Desk.run(sc, Desk.forcedAtZero("forced"), 0).teams();
        for (int i = 0; i < t.teams(); i++) {
            assertEquals(13, t.startWeek(i), "team " + i);
        }
    }

    @Test
    void aMisalignedFunctionStartsCapacityTimesHalfPlusHalfAReviewsPerSession() {
        // capacity 2 at a = 0: one review a session; sessions every week from week 1 to 29 on a full queue.
        Scenario sc = Desk.with(30, Desk.start("budget").capacity(2).alignment(0).build());
        for (int r = 0; r < 5; r++) {
            assertEquals(29, Desk.outcome(sc, Desk.forcedAtZero("forced"), r).reviews(0));
        }
    }

    @Test
    void fractionalCapacityIsRealisedOnItsMean() {
        Scenario sc = Desk.with(31, Desk.start("budget").capacity(0.5).build());
        double reviews = 0;
        int n = 200;
        for (int r = 0; r < n; r++) {
            reviews += Desk.outcome(sc, Desk.forcedAtZero("forced"), r).reviews(0);
        }
        assertEquals(0.5 * 30, reviews / n, 0.5, "30 sessions of 0.5 reviews each, mean over " + n + " runs");
    }

    @Test
    void fractionalReviewTimesKeepTheirMeanAndLastAtLeastOneWeek() {
        Scenario sc = Desk.with(104, Desk.start("budget").capacity(3).reviewWeeks(1.5).build());
        Scenario shortReview = Desk.with(104, Desk.start("budget").capacity(3).reviewWeeks(0.3).build());
        double sum = 0;
        int n = 40;
        for (int r = 0; r < n; r++) {
            sum += Desk.outcome(sc, Desk.forcedAtZero("forced"), r).meanReviewWeeks(0);
            assertEquals(1.0, Desk.outcome(shortReview, Desk.forcedAtZero("forced"), r).meanReviewWeeks(0), 0);
        }
        assertEquals(1.5, sum / n, 0.05);
    }

    @Test
    void aReviewApprovesWithProbabilityHalfPlusHalfAlignmentElseSendsBackWithRework() {
        Scenario sc = Desk.with(104, Desk.start("budget").capacity(3).alignment(0.2).reworkHours(30).build());
        long reviews = 0;
        long sendBacks = 0;
        for (int r = 0; r < 40; r++) {
            FunctionsOutcome o = Desk.outcome(sc, Desk.forcedAtZero("forced"), r);
            reviews += o.reviews(0);
            sendBacks += o.sendBacks(0);
            assertEquals(30.0 * o.sendBacks(0), o.reworkHours(0), 1e-9, "rework is charged per send-back");
            assertEquals(42, o.approvals(0), "a sent-back request queues again until approved");
        }
        assertEquals(0.4, sendBacks / (double) reviews, 0.03, "send-back share 0.5 - 0.5a over " + reviews + " reviews");
    }

    @Test
    void reworkJoinsTheTeamsRemainingEffort() {
        CrossFunction.Builder f = Desk.switchOff("security").capacity(4).alignment(0);
        Scenario cheap = Desk.with(104, f.reworkHours(0).build());
        Scenario costly = Desk.with(104, f.reworkHours(200).build());
        Strategy s = Desk.forcedAtZero("forced");
        double extra = 0;
        double expected = 0;
        for (int r = 0; r < 30; r++) {
            RunResult a = Desk.run(cheap, s, r);
            RunResult b = Desk.run(costly, s, r);
            extra += b.metrics().migrationHours() - a.metrics().migrationHours();
            expected += b.functions().orElseThrow().reworkHours(0);
        }
        assertEquals(1, extra / expected, 0.15, "extra migration hours against rework charged");
    }

    @Test
    void aStartSignOffHoldsTheStartAndASwitchSignOffTheSwitchOff() {
        Strategy s = Desk.forcedAtZero("forced");
        Scenario startStage = Desk.with(60, Desk.start("budget").cadenceWeeks(13).capacity(100).build());
        Scenario switchStage = Desk.with(60, Desk.switchOff("security").cadenceWeeks(52).capacity(100).build());
        Scenario none = Desk.with(60);
        TeamOutcomes free = Desk.run(none, s, 0).teams();
        TeamOutcomes started = Desk.run(startStage, s, 0).teams();
        RunResult switched = Desk.run(switchStage, s, 0);
        for (int i = 0; i < free.teams(); i++) {
            assertEquals(0, free.startWeek(i));
            assertEquals(13, started.startWeek(i));
            assertEquals(0, switched.teams().startWeek(i), "a switch sign-off does not hold the start");
            int done = switched.teams().doneWeek(i);
            assertTrue(done == -1 || done >= 52, "switch-off only once the review taken in week 51 ends: " + done);
        }
        RunResult before = Desk.run(Desk.with(50, Desk.start("budget").capacity(100).build(),
                Desk.switchOff("security").cadenceWeeks(52).capacity(100).build()), s, 0);
        long waitingOnSecurity = 0;
        for (int i = 0; i < free.teams(); i++) {
            if (before.teams().reason(i) == Reason.SIGN_OFF) {
                assertEquals(1, before.functions().orElseThrow().waitingFor(i), "the reason names the function");
                waitingOnSecurity++;
            }
        }
        assertTrue(waitingOnSecurity > 0);
    }

    @Test
    void signOffsOfAStageAreSequentialInTheListedOrder() {
        // Two start functions of one review a week: team i is approved by the first at week i + 2, files
        // with the second then, which takes it at i + 3 and approves at i + 4.
        Scenario sc = Desk.with(60, Desk.start("budget").capacity(1).build(), Desk.start("roadmap").capacity(1).build());
        TeamOutcomes t = Desk.run(sc, Desk.forcedAtZero("forced"), 0).teams();
        for (int i = 0; i < t.teams(); i++) {
            assertEquals(i + 4, t.startWeek(i), "team " + i);
        }
    }

    @Test
    void needsAreDrawnPerTeamAndListedTeamsNeedExactlyTheirs() {
        Scenario listed = Desk.with(30, Desk.start("budget").capacity(100).need(new FunctionNeed.Teams(List.of(3, 5))).build());
        TeamOutcomes t = Desk.run(listed, Desk.forcedAtZero("forced"), 0).teams();
        for (int i = 0; i < t.teams(); i++) {
            assertEquals(i == 3 || i == 5 ? 2 : 0, t.startWeek(i), "team " + i);
        }
        Scenario half = Desk.with(30, Desk.start("budget").capacity(100).need(new FunctionNeed.Share(0.5)).build());
        double held = 0;
        for (int r = 0; r < 50; r++) {
            TeamOutcomes h = Desk.run(half, Desk.forcedAtZero("forced"), r).teams();
            for (int i = 0; i < h.teams(); i++) {
                held += h.startWeek(i) > 0 ? 1 : 0;
            }
        }
        assertEquals(0.5, held / (50 * 42), 0.05);
    }

    @Test
    void neitherMandateNorShutdownCompelsAFunctionDoneIsNotAdoptedWithoutTheSwitchSignOff() {
        // a security board that never sits within the run: pure-mandate forces every team through at
        // shutdown, but none can count as adopted.
        Scenario sc = Desk.with(104, Desk.switchOff("security").cadenceWeeks(500).build());
        Strategy pure = Presets.byName(Presets.PURE_MANDATE).orElseThrow()
                .withSunset(Sunset.at(Trigger.atWeek(0)));
        RunResult r = Desk.run(sc, pure, 0);
        assertEquals(1.0, r.metrics().finalDoneShare(), 1e-12);
        assertEquals(0.0, r.metrics().finalAdoptedShare(), 1e-12);
        for (int i = 0; i < r.teams().teams(); i++) {
            assertEquals(TeamStatus.DONE, r.teams().status(i));
            assertFalse(r.teams().adopted(i));
        }
    }

    @Test
    void theSignOffReasonIsSplitByTheFunctionEachTeamWaitsForFirst() {
        Scenario sc = Desk.with(104, Desk.start("budget").cadenceWeeks(4).capacity(2).alignment(0.5).build(),
                Desk.switchOff("security").cadenceWeeks(2).capacity(2).alignment(0.5).build(),
                Desk.switchOff("operations").cadenceWeeks(4).capacity(3).alignment(0.3).build());
        long[] total = new long[3];
        for (int r = 0; r < 5; r++) {
            RunResult res = Desk.run(sc, Desk.forcedAtZero("forced"), r);
            FunctionsOutcome o = res.functions().orElseThrow();
            var weekly = res.weekly().orElseThrow();
            for (int w = 0; w < weekly.weeks(); w++) {
                int sum = 0;
                for (int f = 0; f < 3; f++) {
                    sum += o.signOffReason(f, w);
                    total[f] += o.signOffReason(f, w);
                }
                assertEquals(weekly.count(Reason.SIGN_OFF, w), sum, "replicate " + r + " week " + w);
            }
        }
        for (int f = 0; f < 3; f++) {
            assertTrue(total[f] > 0, "every function holds someone at some point: " + java.util.Arrays.toString(total));
        }
    }

    /** Every team forced at week 0 and the old system shut down at week 10, before any budget session. */
    private static final Strategy SHUT_AT_WEEK_10 = Strategy.builder("shut").sunset(new Sunset(Trigger.atWeek(0), 10))
            .mandate(Mandate.at(Trigger.atWeek(0)).withDeadlineWeeks(1000)).build();

    /** A budget office (start stage, never approving at once) that first meets in calendar week 51. */
    private static Scenario budgetMeetingYearly(int weeks) {
        return Desk.with(weeks, Desk.start("budget").cadenceWeeks(52).alignment(0).capacity(100).build());
    }

    /**
     * A start sign-off is moot once the shutdown forced the team through: its request is withdrawn, so a
     * budget office that first meets after the shutdown (calendar week 51, cadence 52) reviews nothing,
     * sends nobody back and charges no rework to teams already done.
     */
    @Test
    void theShutdownWithdrawsTheStartRequestsOfTheTeamsItForcesThrough() {
        Scenario sc = budgetMeetingYearly(60);
        for (int r = 0; r < 5; r++) {
            RunResult res = Desk.run(sc, SHUT_AT_WEEK_10, r);
            FunctionsOutcome o = res.functions().orElseThrow();
            for (int i = 0; i < res.teams().teams(); i++) {
                assertEquals(TeamStatus.DONE, res.teams().status(i), "forced through: " + i);
            }
            assertEquals(0, o.reviews(0), "no review after the shutdown");
            assertEquals(0, o.sendBacks(0), "and no send-back");
            assertEquals(0, o.approvals(0), "nor an approval of a moot request");
        }
    }

    /**
     * A shutdown in the last simulated week: the teams it forces through wait for no start sign-off at the
     * end, though the week's filing had noted them waiting for the budget office.
     */
    @Test
    void aTeamForcedThroughInTheLastWeekWaitsForNoStartSignOff() {
        Scenario sc = budgetMeetingYearly(11);
        for (int r = 0; r < 3; r++) {
            RunResult res = Desk.run(sc, SHUT_AT_WEEK_10, r);
            FunctionsOutcome o = res.functions().orElseThrow();
            for (int i = 0; i < res.teams().teams(); i++) {
                assertEquals(TeamStatus.DONE, res.teams().status(i), "forced through in week 10: " + i);
                assertEquals(-1, o.waitingFor(i), "team " + i + " waits for nothing it withdrew");
            }
        }
    }
}
