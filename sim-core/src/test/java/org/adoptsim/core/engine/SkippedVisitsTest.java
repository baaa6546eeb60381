package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.testkit.RandomScenarios;
import org.junit.jupiter.api.Test;

/**
 * What the weekly step may skip, checked at the end of every week of the 150 random scenarios (some
 * with functions, mandates and shutdowns): a migrating or dual team still marked
 * finished has nothing left, so the work phase may mark it again without a visit; a done team's
 * adoption bar is adoptedAt exactly while it is not adopted, and a done team not adopted with σ at
 * or past adoptedAt is one a sign-off holds, so post-migration support need ask only the teams whose
 * σ reached their bar; and every done team's σ lies in [0, 1], so each asks a share 1 − σ ≥ 0 of its
 * support hours, and support may serve every team in full first and test the budget once after.
 */
class SkippedVisitsTest {

    @Test
    void skippedTeamsHadNothingToDo() {
        int marked = 0;
        int heldPast = 0;
        for (long seed = 1; seed <= 150; seed++) {
            Scenario sc = RandomScenarios.draw(seed);
            RandomStreams streams = new RandomStreams(sc.run().seed(), 0);
            Org org = OrgFactory.draw(sc.organisation(), streams);
            int[] counts = new int[2];
            WeekObserver check = v -> {
                World w = ((RecordPhase) v).world;
                counts[0] += finishedHaveNothingLeft(w, sc.name());
                counts[1] += barsMatchAdoption(w, sc.name());
            };
            new Simulation(org).run(sc.rules(), sc.strategies().get(0), streams, sc.run().weeks(), RunDetail.TEAMS, check);
            marked += counts[0];
            heldPast += counts[1];
        }
        assertTrue(marked > 1000, marked + " team-weeks marked finished while still working");
        assertTrue(heldPast > 0, "no done team held past adoptedAt by a sign-off");
    }

    /** Returns how many migrating or dual teams are marked finished; fails if one has work left. */
    private static int finishedHaveNothingLeft(World w, String name) {
        TeamState t = w.teams;
        int count = 0;
        for (int i = 0; i < t.n; i++) {
            boolean working = t.status[i] == Codes.S_MIGRATING || t.status[i] == Codes.S_DUAL;
            if (working && (t.workFinished[i >>> 6] & (1L << i)) != 0) {
                assertEquals(0L, Double.doubleToRawLongBits(t.remaining[i]), name + ": team " + i + " week "
                        + w.initiative.week + " marked finished with " + t.remaining[i] + " h left");
                count++;
            }
        }
        return count;
    }

    /** Returns how many done teams a sign-off holds past adoptedAt; fails on a bar that disagrees or a σ outside [0, 1]. */
    private static int barsMatchAdoption(World w, String name) {
        TeamState t = w.teams;
        double adoptedAt = w.rules.adoption().adoptedAt();
        int held = 0;
        for (int k = 0; k < t.doneCount; k++) {
            int i = t.doneOrder[k];
            String where = name + ": team " + i + " week " + w.initiative.week;
            assertEquals(t.isAdopted(i) ? Double.POSITIVE_INFINITY : adoptedAt, t.adoptionBar[k], where);
            assertTrue(t.doneSigma[k] >= 0 && t.doneSigma[k] <= 1, where + ": σ " + t.doneSigma[k] + " outside [0, 1]");
            if (!t.isAdopted(i) && t.doneSigma[k] >= adoptedAt) {
                assertTrue(w.desk.holdsAdoption(i), where + ": σ " + t.doneSigma[k] + " past adoptedAt, not adopted, not held");
                held++;
            }
        }
        return held;
    }
}
