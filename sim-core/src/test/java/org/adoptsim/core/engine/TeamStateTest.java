package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The per-team state's own bookkeeping, which the phases rely on to skip teams. */
class TeamStateTest {

    private static TeamState teams() {
        Scenario sc = Scenario.defaults();
        return new TeamState(OrgFactory.draw(sc.organisation(), new RandomStreams(sc.run().seed(), 0)));
    }

    /** A team finished and held upstream that gets work back is not waiting any more, and is asked afresh. */
    @Test
    void workAddedToAHeldTeamClearsItsWait() {
        TeamState t = teams();
        int i = 41;
        t.remaining[i] = 0;
        t.waitingUpstream[i] = true;
        t.upstreamHeld[i >>> 6] |= 1L << i;
        t.addWork(i, 16);
        assertEquals(16, t.remaining[i]);
        assertFalse(t.waitingUpstream[i]);
        assertEquals(0, t.upstreamHeld[i >>> 6] & (1L << i));
    }

    /** No hours added (a zero-hour rework): the team still has nothing left, so it still waits. */
    @Test
    void noHoursLeaveTheWait() {
        TeamState t = teams();
        int i = 3;
        t.remaining[i] = 0;
        t.waitingUpstream[i] = true;
        t.upstreamHeld[0] |= 1L << i;
        t.addWork(i, 0);
        assertTrue(t.waitingUpstream[i]);
        assertTrue((t.upstreamHeld[0] & (1L << i)) != 0);
    }

    /** σ is kept in finishing order and read back by team; 0 before a team is done. */
    @Test
    void sufficiencyIsReadByTeam() {
        TeamState t = teams();
        assertEquals(0, t.sufficiency(7));
        assertEquals(0, t.addDone(7, 0.25, 0.08, 0.7));
        assertEquals(1, t.addDone(2, 0.5, 0.08, 0.7));
        assertEquals(0.25, t.sufficiency(7));
        assertEquals(0.5, t.sufficiency(2));
        assertEquals(2, t.doneOrder[1]);
        t.reset();
        assertEquals(0, t.sufficiency(7));
        assertEquals(0, t.doneCount);
    }

    /** A done team's bar is adoptedAt until it is adopted, then out of reach: support asks it no more. */
    @Test
    void adoptionLiftsTheBar() {
        TeamState t = teams();
        t.addDone(7, 0.25, 0.08, 0.7);
        int k = t.addDone(2, 0.9, 0.08, 0.7);
        assertEquals(0.7, t.adoptionBar[k]);
        t.markAdopted(2, 3);
        assertEquals(3, t.adoptedWeek[2]);
        assertEquals(Double.POSITIVE_INFINITY, t.adoptionBar[k]);
        assertEquals(0.7, t.adoptionBar[0]);
    }
}
