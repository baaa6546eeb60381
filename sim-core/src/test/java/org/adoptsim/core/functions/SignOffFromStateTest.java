package org.adoptsim.core.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adoptsim.core.config.FunctionLevers;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.ObservedState.Status;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.TimedLever;
import org.adoptsim.core.result.FunctionsOutcome;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamStatus;
import org.junit.jupiter.api.Test;

/**
 * Runs with functions that start from an observed state (docs/model.md, "Across functions" and
 * "Starting from today"): a team under way in the state has passed its start-stage sign-offs, a team
 * not started still needs them (a coalition member included), and the functions' boards meet on the
 * organisation's calendar, so a quarterly budget office still decides just before a quarter. The
 * set-up makes every answer exact: a budget office (start stage) that meets every 13 calendar weeks
 * and a security board (switch stage) that meets weekly, both approving everything in one week; the
 * state is calendar week 30, so the budget office's next session is calendar week 38 (run week 8).
 */
class SignOffFromStateTest {
    private static final int BUDGET = 0;
    private static final int SECURITY = 1;

    private static Scenario from(ObservedState state, int weeks) {
        return Desk.with(weeks, Desk.start("budget").cadenceWeeks(13).capacity(100).build(),
                Desk.switchOff("security").capacity(100).build()).withStart(state);
    }

    /** Calendar week 30: team 0 migrating with all its work ahead, team 1 an idle member of the coalition in place. */
    private static ObservedState week30(int teams) {
        return ObservedState.builder(teams).week(30).coalition(true)
                .team(0, Status.MIGRATING, 0, -1, false).coalitionMember(1, true).build();
    }

    private static final Strategy MAPPED = Desk.forcedAtZero("mapped")
            .withFunctionLevers(FunctionLevers.NONE.withConstraintMapping(TimedLever.at(0, 40)));

    @Test
    void aTeamUnderWayHasPassedItsStartSignOffsAndFilesItsSwitchRequestsAtOnceUnderMapping() {
        int n = Scenario.defaults().organisation().teams();
        for (int r = 0; r < 5; r++) {
            // 3 weeks: team 0 filed with security in week 0 (mapping: it needs no budget answer first),
            // was taken in week 1 and approved in week 2, before its work is done.
            RunResult res = Desk.run(from(week30(n), 3), MAPPED, r);
            FunctionsOutcome o = res.functions().orElseThrow();
            assertEquals(TeamStatus.MIGRATING, res.teams().status(0), "team 0 still has work left");
            assertEquals(1, o.approvals(SECURITY), "team 0's security request, filed from the state's first week");
            assertEquals(0, o.reviews(BUDGET), "the budget office has not met yet");
        }
    }

    @Test
    void teamsNotStartedWaitForTheBudgetSessionOnTheCalendar() {
        int n = Scenario.defaults().organisation().teams();
        for (int r = 0; r < 5; r++) {
            RunResult res = Desk.run(from(week30(n), 12), MAPPED, r);
            FunctionsOutcome o = res.functions().orElseThrow();
            assertEquals(n - 1, o.approvals(BUDGET), "every team but the one under way asks the budget office");
            for (int i = 1; i < n; i++) {
                assertEquals(9, res.teams().startWeek(i), "team " + i + ": approved in run week 9 (calendar 39)");
            }
        }
    }

    @Test
    void aCoalitionMemberNotStartedStillNeedsItsStartSignOff() {
        int n = Scenario.defaults().organisation().teams();
        Strategy quiet = Strategy.builder("quiet").build();
        for (int r = 0; r < 5; r++) {
            RunResult res = Desk.run(from(week30(n), 12), quiet, r);
            assertEquals(9, res.teams().startWeek(1), "the coalition member waits for the budget office");
            assertTrue(res.teams().startWeek(0) <= 0, "team 0 was under way already");
        }
    }

    /**
     * A done team the state lists as signed off by the budget office only still needs security's
     * switch sign-off: it files it in the first week and is adopted once security approves, not from the
     * start. A state that records no sign-offs gives the same team all it needs, adopted from the start.
     * Done in calendar week 0, σ = 1 − 0.92³⁰ ≈ 0.92 is past adoptedAt either way.
     */
    @Test
    void aDoneTeamTheStateListsWithoutItsSwitchSignOffWaitsForIt() {
        int n = Scenario.defaults().organisation().teams();
        ObservedState listed = ObservedState.builder(n).week(30).team(0, Status.DONE, 1, 0, false)
                .signedOff(0, java.util.List.of("budget")).build();
        ObservedState silent = ObservedState.builder(n).week(30).team(0, Status.DONE, 1, 0, false).build();
        Strategy quiet = Strategy.builder("quiet").build();
        for (int r = 0; r < 5; r++) {
            RunResult waits = Desk.run(from(listed, 6), quiet, r);
            assertTrue(waits.teams().adoptedWeek(0) >= 0, "adopted after security's answer, not before week 0: "
                    + waits.teams().adoptedWeek(0));
            assertTrue(waits.functions().orElseThrow().approvals(SECURITY) >= 1, "security reviewed team 0");
            RunResult all = Desk.run(from(silent, 6), quiet, r);
            assertEquals(-1, all.teams().adoptedWeek(0), "no sign-offs recorded: adopted from the start");
        }
    }
}
