package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.run.Replicate;
import org.junit.jupiter.api.Test;

/**
 * The stable-adopter count (the trust gate's): a team counts from {@code stableWeeks} after the week it
 * finished, including a team today's state lists as done, whose week is before week 0.
 */
class ProofTest {
    private static Proof proof() {
        Proof p = new Proof(null, true, 10);
        p.reset(104, 8);
        return p;
    }

    @Test
    void aTeamDoneLongBeforeTodayIsStableFromWeekZero() {
        Proof p = proof();
        p.done(0, -20); // finished 20 weeks before today's state
        p.done(1, -3);
        p.done(2, -1); // an initial adopter, or a team done in the week before today
        p.done(3, 2);
        assertEquals(1, p.stable(0, 8), "done 20 weeks ago: stable at once");
        assertEquals(1, p.stable(4, 8));
        assertEquals(2, p.stable(5, 8), "done 3 weeks before week 0: stable 8 weeks after, at week 5");
        assertEquals(3, p.stable(7, 8), "done in week -1: stable at week 7, as an initial adopter always was");
        assertEquals(3, p.stable(9, 8));
        assertEquals(4, p.stable(10, 8), "done in week 2: stable at week 10");
    }

    @Test
    void withNoStableWeeksATeamCountsFromTheWeekAfterItFinished() {
        Proof p = new Proof(null, true, 10);
        p.reset(104, 0);
        p.done(0, -1);
        p.done(1, 3);
        assertEquals(1, p.stable(0, 0));
        assertEquals(1, p.stable(3, 0), "not in the week it finished");
        assertEquals(2, p.stable(4, 0));
    }

    /**
     * The look-back is bounded by how far back a state's done weeks can go, not by {@code stableWeeks},
     * which has no upper bound: at the int maximum the array's size overflowed, and at a billion it ran out
     * of memory.
     */
    @Test
    void aHugeStableWeeksNeedsNoHugeArray() {
        for (int weeks : new int[] {1_000_000_000, Integer.MAX_VALUE}) {
            Scenario d = Scenario.defaults();
            Scenario sc = d.withRules(d.rules().withDecisions(d.rules().decisions().toBuilder().stableWeeks(weeks).build()));
            var res = Replicate.run(sc, List.of(sc.strategies().get(0)), 0, RunDetail.METRICS);
            assertEquals(1, res.size(), "stableWeeks " + weeks + " runs");
        }
    }
}
