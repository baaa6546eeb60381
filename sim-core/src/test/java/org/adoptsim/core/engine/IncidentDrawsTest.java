package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;
import org.adoptsim.core.random.RandomStreams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sorted incident draws are exactly the per-team tests they replace — whether every week is kept
 * or, past the memory bound, only the current one — and they follow a change of draws or rates.
 */
class IncidentDrawsTest {

    @ParameterizedTest(name = "{0} teams, {1} weeks")
    @CsvSource({"1, 30", "42, 104", "64, 20", "130, 40", "130, 400000"})
    void bitsAreTheDrawsBelowEachRate(int teams, int weeks) {
        IncidentDraws sorted = new IncidentDraws(teams);
        for (int replicate = 0; replicate < 2; replicate++) {
            EventDraws draws = new RandomStreams(11, replicate).events();
            double oldRate = 0.02 + 0.1 * replicate;
            double maxNewRate = 0.075;
            sorted.prepare(draws, oldRate, maxNewRate, weeks);
            for (int week = 0; week < Math.min(weeks, 60); week++) {
                int slot = sorted.ready(week);
                for (int i = 0; i < teams; i++) {
                    double u = draws.uniform(Purpose.INCIDENT, i, week);
                    assertEquals(u < oldRate, bit(sorted.oldHits(slot, i >>> 6), i), "old, team " + i + " week " + week);
                    assertEquals(u < maxNewRate, bit(sorted.newCandidates(slot, i >>> 6), i), "new, team " + i);
                    assertEquals(u, sorted.uniform(i, week));
                }
                if (teams % 64 != 0) {
                    assertEquals(0, sorted.oldHits(slot, teams >>> 6) >>> (teams & 63), "old bits past the last team");
                    assertEquals(0, sorted.newCandidates(slot, teams >>> 6) >>> (teams & 63), "new bits past the last team");
                }
            }
        }
    }

    private static boolean bit(long word, int team) {
        return (word >>> (team & 63) & 1) != 0;
    }
}
