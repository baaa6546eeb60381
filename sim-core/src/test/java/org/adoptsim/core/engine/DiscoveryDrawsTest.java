package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.EventDraws;
import org.adoptsim.core.random.Purpose;
import org.adoptsim.core.random.RandomStreams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A team is a discovery candidate in a week exactly when some count of dependencies it could still
 * have (1 … the organisation's h) would find one with its draw — whether every week is kept or only
 * the current one, in any order of weeks, and after a change of draws or rate.
 */
class DiscoveryDrawsTest {

    @ParameterizedTest(name = "{0} teams, {1} weeks")
    @CsvSource({"1, 30", "42, 104", "130, 60", "130, 400000"})
    void candidatesAreTheTeamsThatCouldFindOne(int teams, int weeks) {
        Org org = OrgFactory.draw(Organisation.defaults().withTeams(teams), new RandomStreams(7, 0));
        IncidentDraws incidents = new IncidentDraws(teams);
        DiscoveryDraws sorted = new DiscoveryDraws(org, incidents.teamOffsets(), incidents.scratch());
        // p = 0 and p = 1 are the ends where no team, or every team with a dependency, is a candidate;
        // 0.37 gives bounds that are not multiples of 2^-53.
        double[] rates = {0.1, 0.1, 0.5, 0.03, 0.0, 1.0, 0.37};
        for (int run = 0; run < rates.length; run++) {
            EventDraws draws = new RandomStreams(11, run / 2).events();
            double p = rates[run];
            sorted.prepare(draws, p, weeks);
            int last = Math.min(weeks, 60) - 1;
            for (int k = 0; k <= last; k++) {
                int week = k % 2 == 0 ? last - k / 2 : k / 2; // out of order: from both ends
                for (int i = 0; i < teams; i++) {
                    double u = draws.uniform(Purpose.DISCOVERY, i, week);
                    boolean couldFind = false;
                    for (int left = 1; left <= org.hiddenDeps(i); left++) {
                        couldFind |= SunsetPhase.binomial(left, p, u, Math.pow(1 - p, left)) > 0;
                    }
                    boolean bit = (sorted.candidates(week, i >>> 6) >>> (i & 63) & 1) != 0;
                    assertEquals(couldFind, bit, "team " + i + " week " + week + " p " + p);
                }
                if (teams % 64 != 0) {
                    assertEquals(0, sorted.candidates(week, teams >>> 6) >>> (teams & 63), "bits past the last team");
                }
            }
        }
    }
}
