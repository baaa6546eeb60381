package org.adoptsim.core.frictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.core.config.ArchetypeMix;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.TeamAttributes;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamStatus;
import org.junit.jupiter.api.Test;

/** Laggard diagnostics: every team that is not done carries the one reason the documented precedence gives. */
class DiagnosticsTest {
    private static final Scenario BASE = Scenario.defaults();
    private static final Strategy HOPE = Presets.byName(Presets.ANNOUNCE_AND_HOPE).orElseThrow();

    private static Scenario believers(TeamAttributes attributes) {
        var org = BASE.organisation()
                .withArchetypes(new ArchetypeMix(1, 0, 0, 0, ArchetypeMix.Assignment.QUOTA, List.of()))
                .withAttributes(attributes);
        return BASE.withOrganisation(org);
    }

    private static RunResult once(Scenario s, Strategy strategy) {
        return Trials.run(s, strategy, 1).get(0);
    }

    @Test
    void withoutAnnouncementEveryTeamIsUnaware() {
        RunResult r = once(BASE, Strategy.nothing("silence"));
        for (int w = 0; w < 104; w++) {
            assertEquals(42, r.series().count(Reason.UNAWARE, w));
        }
    }

    @Test
    void announceAndHopeNamesHoldoutsAndNobodyIsUnaware() {
        for (RunResult r : Trials.run(BASE, HOPE, 20)) {
            assertEquals(0, r.series().count(Reason.UNAWARE, 103));
            assertEquals(7, r.series().count(Reason.HOLDOUT, 103), "the 7 holdouts never move by social proof");
            int notDone = 42 - r.series().done(103);
            int explained = 0;
            for (Reason reason : Reason.values()) {
                explained += reason == Reason.NONE ? 0 : r.series().count(reason, 103);
            }
            assertEquals(notDone, explained, "one reason per team not done");
        }
    }

    @Test
    void trustGateComesBeforeTheValueGate() {
        TeamAttributes a = TeamAttributes.defaults()
                .withProofNeeded(Attribute.of(Distribution.constant(3), 0, 100))
                .withEffort(Attribute.of(Distribution.constant(1e6), 0, 1e7));
        RunResult r = once(believers(a), HOPE);
        assertEquals(42, r.series().count(Reason.PROOF, 50), "nobody has proof, and proof is checked first");
    }

    @Test
    void costBlocksWhenPaybackExceedsTheHorizon() {
        TeamAttributes a = TeamAttributes.defaults().withEffort(Attribute.of(Distribution.constant(1e6), 0, 1e7));
        RunResult r = once(believers(a), HOPE);
        assertEquals(42, r.series().count(Reason.COST, 50));
    }

    @Test
    void willingTeamsWaitForTheQuarterBoundary() {
        TeamAttributes a = TeamAttributes.defaults().withEffort(Attribute.of(Distribution.constant(100), 0, 1e7));
        RunResult r = once(believers(a), HOPE.withAnnounceWeek(1));
        assertEquals(0, r.series().started(5), "announced at week 1, the next boundary is week 13");
        assertTrue(r.series().count(Reason.ROADMAP, 5) >= 40, "willing teams wait on their roadmaps");
        assertEquals(0, r.series().started(12), "not a week early");
        assertTrue(r.series().started(13) >= 40, "and start at the boundary");
    }

    @Test
    void dualTeamsAreReportedAsDual() {
        Strategy early = Presets.byName(Presets.MANDATE_EARLY).orElseThrow();
        for (RunResult r : Trials.run(BASE, early, 20)) {
            assertEquals(r.series().count(TeamStatus.DUAL, 103), r.series().count(Reason.DUAL, 103));
            for (int team = 0; team < 42; team++) {
                boolean dual = r.teams().status(team) == TeamStatus.DUAL;
                assertEquals(dual, r.teams().reason(team) == Reason.DUAL, "team " + team);
            }
        }
    }

    @Test
    void teamOutcomesAgreeWithTheLastWeek() {
        RunResult r = once(BASE, Presets.byName(Presets.EARNED).orElseThrow());
        int[] byReason = new int[Reason.values().length];
        for (int team = 0; team < 42; team++) {
            byReason[r.teams().reason(team).ordinal()]++;
            assertEquals(r.teams().status(team) == TeamStatus.DONE, r.teams().reason(team) == Reason.NONE);
        }
        for (Reason reason : Reason.values()) {
            assertEquals(r.series().count(reason, 103), byReason[reason.ordinal()], reason.id());
        }
    }
}
