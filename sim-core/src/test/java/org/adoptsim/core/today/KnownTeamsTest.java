package org.adoptsim.core.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.KnownTeams;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.TeamField;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.run.Replicate;
import org.adoptsim.core.testkit.Same;
import org.junit.jupiter.api.Test;

/** Per-team facts from a spreadsheet replace draws without moving the draws of the other teams. */
class KnownTeamsTest {
    private static final Organisation DEFAULTS = Organisation.defaults();

    @Test
    void aTableThatKnowsNothingGivesTheSameOrganisation() {
        KnownTeams blank = KnownTeams.builder(DEFAULTS.teams()).build();
        for (int r = 0; r < 5; r++) {
            Org plain = OrgFactory.draw(DEFAULTS, new RandomStreams(42, r));
            Org withBlank = OrgFactory.draw(DEFAULTS.withKnown(blank), new RandomStreams(42, r));
            Same.assertSameOrg(plain, withBlank);
        }
    }

    @Test
    void knownValuesReplaceDrawsAndLeaveTheOtherTeamsAlone() {
        KnownTeams known = KnownTeams.builder(DEFAULTS.teams())
                .value(TeamField.EFFORT, 3, 1234).value(TeamField.PROOF_NEEDED, 3, 2)
                .department(3, 5).build();
        Org plain = OrgFactory.draw(DEFAULTS, new RandomStreams(42, 1));
        Org org = OrgFactory.draw(DEFAULTS.withKnown(known), new RandomStreams(42, 1));
        assertEquals(1234, org.effort(3));
        assertEquals(2, org.proofNeeded(3));
        assertEquals(5, org.department(3));
        for (int i = 0; i < org.teams(); i++) {
            if (i != 3) {
                assertEquals(plain.effort(i), org.effort(i), "team " + i);
                assertEquals(plain.capacity(i), org.capacity(i), "team " + i);
            }
        }
    }

    @Test
    void aKnownArchetypeIsUsedForTheTeam() {
        KnownTeams known = KnownTeams.builder(DEFAULTS.teams()).archetype(0, Archetype.HOLDOUT).build();
        Org org = OrgFactory.draw(DEFAULTS.withKnown(known), new RandomStreams(42, 0));
        assertEquals(Archetype.HOLDOUT, org.archetype(0));
    }

    /** Effort 10^7 hours at ≤ 54 h a week cannot finish in two years without a forced shutdown. */
    @Test
    void aProhibitiveEffortAlmostNeverFinishesUnderVoluntaryStrategies() {
        int team = 7;
        KnownTeams known = KnownTeams.builder(DEFAULTS.teams()).value(TeamField.EFFORT, team, 1e7).build();
        List<Strategy> voluntary = List.of(Presets.byName(Presets.ANNOUNCE_AND_HOPE).orElseThrow(),
                Presets.byName(Presets.EARNED).orElseThrow());
        Scenario sc = Scenario.defaults().withOrganisation(DEFAULTS.withKnown(known)).withStrategies(voluntary);
        int done = 0;
        int othersDone = 0;
        int runs = 0;
        for (int r = 0; r < 40; r++) {
            for (RunResult res : Replicate.run(sc, voluntary, r, RunDetail.TEAMS)) {
                runs++;
                done += res.teams().status(team) == TeamStatus.DONE ? 1 : 0;
                for (int i = 0; i < res.teams().teams(); i++) {
                    othersDone += i != team && res.teams().status(i) == TeamStatus.DONE ? 1 : 0;
                }
            }
        }
        assertTrue(done <= runs / 50, done + " of " + runs + " runs finished the prohibitive team");
        assertTrue(othersDone > runs, "other teams still finish: " + othersDone);
    }
}
