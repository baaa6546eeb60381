package org.adoptsim.core.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.adoptsim.core.config.Coalition;
import org.adoptsim.core.config.Contract;
import org.adoptsim.core.config.FunctionLevers;
import org.adoptsim.core.config.FunctionNeed;
import org.adoptsim.core.config.InitialAdopters;
import org.adoptsim.core.config.Liaisons;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.TimedLever;
import org.adoptsim.core.result.FunctionsOutcome;
import org.adoptsim.core.result.PlatformUse;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamOutcomes;
import org.junit.jupiter.api.Test;

/**
 * The five levers one at a time (docs/model.md, "Across functions"): each acts from its week, as the
 * model says, and its hours are charged to the platform as sign-off work.
 */
class SignOffLeversTest {
    private static final FunctionLevers NONE = FunctionLevers.NONE;

    @Test
    void decisionFeedsRequestAStagesSignOffsAtOnce() {
        // the sequential case of SignOffMechanismsTest gives i + 4; with feeds both are filed at week 0.
        Scenario sc = Desk.with(60, Desk.start("budget").capacity(1).build(), Desk.start("roadmap").capacity(1).build());
        Strategy feeds = Desk.withLevers(Desk.forcedAtZero("feeds"), NONE.withDecisionFeeds(TimedLever.at(0, 12)));
        RunResult r = Desk.run(sc, feeds, 0);
        for (int i = 0; i < r.teams().teams(); i++) {
            assertEquals(i + 2, r.teams().startWeek(i), "team " + i);
        }
        assertEquals(12, r.metrics().ledger().platformHours(PlatformUse.SIGN_OFF_WORK), 1e-9);
    }

    @Test
    void aContractCutsReviewTimeAndRaisesAlignmentFromItsWeek() {
        Scenario sc = Desk.with(104, Desk.switchOff("security").reviewWeeks(2).capacity(3).alignment(0.2).build());
        Strategy plain = Desk.forcedAtZero("plain");
        Strategy contract = Desk.withLevers(plain.withName("contract"),
                NONE.withMutualBenefit(Map.of("security", Contract.at(0, 240))));
        Strategy late = Desk.withLevers(plain.withName("late"),
                NONE.withMutualBenefit(Map.of("security", new Contract(20, 100, 0.4, 0.9))));
        double plainReview = 0;
        double contractReview = 0;
        for (int r = 0; r < 30; r++) {
            plainReview += Desk.outcome(sc, plain, r).meanReviewWeeks(0);
            contractReview += Desk.outcome(sc, contract, r).meanReviewWeeks(0);
        }
        assertEquals(0.6, contractReview / plainReview, 0.03, "review time x (1 - 0.4)");
        RunResult l = Desk.run(sc, late, 0);
        FunctionsOutcome o = l.functions().orElseThrow();
        assertEquals(0.2, o.alignment(0, 19), 1e-12);
        assertEquals(1.0, o.alignment(0, 20), 1e-12, "alignment + gain, capped at 1");
        assertEquals(100, l.metrics().ledger().platformHours(PlatformUse.SIGN_OFF_WORK), 1e-9);
    }

    @Test
    void liaisonsDriftAlignmentSlowlyThenStronglyAndCostHoursEveryWeek() {
        Scenario sc = Desk.with(104, Desk.switchOff("security").alignment(0.2).build(),
                Desk.switchOff("operations").alignment(0.3).build());
        Strategy s = Desk.withLevers(Desk.forcedAtZero("liaisons"),
                NONE.withLiaisons(new Liaisons(10, 4, List.of("security"))));
        RunResult r = Desk.run(sc, s, 0);
        FunctionsOutcome o = r.functions().orElseThrow();
        double a = 0.2;
        for (int week = 0; week < 104; week++) {
            if (week >= 10) {
                int w = week - 9;
                a += (1 - a) * Math.min(1, w / 26.0) / 26;
            }
            assertEquals(a, o.alignment(0, week), 1e-12, "week " + week);
            assertEquals(0.3, o.alignment(1, week), 1e-12, "operations has no liaison");
        }
        double firstQuarter = o.alignment(0, 22) - 0.2;
        double fourthQuarter = o.alignment(0, 61) - o.alignment(0, 22);
        assertTrue(firstQuarter < 0.12 && fourthQuarter > 4 * firstQuarter, firstQuarter + " then " + fourthQuarter);
        assertEquals(4.0 * 94, r.metrics().ledger().platformHours(PlatformUse.SIGN_OFF_WORK), 1e-9);
    }

    @Test
    void constraintMappingFilesSwitchRequestsAtTheStartAndHalvesSendBacks() {
        Scenario sc = Desk.with(104, Desk.switchOff("security").cadenceWeeks(4).capacity(20).alignment(0.2).build());
        Strategy plain = Desk.forcedAtZero("plain");
        Strategy mapped = Desk.withLevers(plain.withName("mapped"), NONE.withConstraintMapping(TimedLever.at(0, 40)));
        long reviews = 0;
        long sendBacks = 0;
        double plainHold = 0;
        double mappedHold = 0;
        for (int r = 0; r < 40; r++) {
            FunctionsOutcome p = Desk.outcome(sc, plain, r);
            FunctionsOutcome m = Desk.outcome(sc, mapped, r);
            reviews += m.reviews(0);
            sendBacks += m.sendBacks(0);
            plainHold += p.waitedTeamWeeks(0);
            mappedHold += m.waitedTeamWeeks(0);
        }
        assertEquals(0.2, sendBacks / (double) reviews, 0.03, "(0.5 - 0.5a) / 2 over " + reviews + " reviews");
        assertTrue(mappedHold < 0.5 * plainHold, "the review overlaps the work: " + mappedHold + " vs " + plainHold);
        assertEquals(40, Desk.run(sc, mapped, 0).metrics().ledger().platformHours(PlatformUse.SIGN_OFF_WORK), 1e-9);
    }

    @Test
    void pilotFirstDrawsInitialAdoptersAndTheCoalitionFromTheTeamsNeedingFewestSignOffs() {
        // teams 0-29 need the sign-off, 30-41 do not: ten initial adopters all come from the 12 free teams.
        List<Integer> needy = java.util.stream.IntStream.range(0, 30).boxed().toList();
        Scenario sc = Desk.with(10, Desk.start("budget").need(new FunctionNeed.Teams(needy)).build());
        Strategy base = Strategy.builder("pilot").initialAdopters(new InitialAdopters(10, 0)).build();
        Strategy pilot = Desk.withLevers(base, NONE.withPilotFirst(TimedLever.at(0, 16)));
        for (int r = 0; r < 10; r++) {
            TeamOutcomes t = Desk.run(sc, pilot, r).teams();
            for (int i = 0; i < 30; i++) {
                assertTrue(t.doneWeek(i) != -1 || t.startWeek(i) != -1 || !t.adopted(i), "team " + i + " is no initial adopter");
            }
            int free = 0;
            for (int i = 30; i < 42; i++) {
                free += t.adopted(i) && t.doneWeek(i) == -1 ? 1 : 0;
            }
            assertEquals(10, free);
        }
        Strategy coalition = Desk.withLevers(Presets.byName(Presets.EARNED).orElseThrow().withCoalition(Coalition.of(5)),
                NONE.withPilotFirst(TimedLever.at(0, 0)));
        Scenario believers = Desk.with(10, Desk.start("budget").need(new FunctionNeed.Teams(needy)).build());
        assertTrue(Desk.run(believers, coalition, 0).functions().isPresent());
    }
}
