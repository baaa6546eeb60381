package org.adoptsim.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.InitialAdopters;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Trigger;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.testkit.Runs;
import org.adoptsim.core.testkit.Same;
import org.adoptsim.core.testkit.ScenarioBuilder;
import org.adoptsim.core.testkit.Trace;
import org.junit.jupiter.api.Test;

/**
 * Common random numbers: at the same seed and replicate every strategy runs on the same organisation
 * with the same team-level draws, so strategies differ only by their effect; different replicates
 * see different organisations.
 */
class CommonRandomNumbersTest {
    private static final Scenario DEFAULTS = Scenario.defaults();

    @Test
    void twoStrategiesOnTheSameReplicateSeeTheSameOrganisation() {
        Strategy hope = Presets.byName(Presets.ANNOUNCE_AND_HOPE).orElseThrow();
        Strategy earned = Presets.byName(Presets.EARNED).orElseThrow();
        Scenario sc = DEFAULTS.withStrategies(List.of(hope, earned));

        Trace a = Runs.trace(sc, hope, 4);
        Trace b = Runs.trace(sc, earned, 4);

        Same.assertSameOrg(a.org(), b.org());
        assertNotEquals(a.result().metrics(), b.result().metrics(), "the strategies do differ in effect");
    }

    @Test
    void theOrganisationDependsOnlyOnSeedAndReplicate() {
        Org first = OrgFactory.draw(DEFAULTS.organisation(), new RandomStreams(42, 4));
        Org again = OrgFactory.draw(DEFAULTS.organisation(), new RandomStreams(42, 4));
        Same.assertSameOrg(first, again);
    }

    @Test
    void differentReplicatesSeeDifferentOrganisations() {
        Org r0 = OrgFactory.draw(DEFAULTS.organisation(), new RandomStreams(42, 0));
        Org r1 = OrgFactory.draw(DEFAULTS.organisation(), new RandomStreams(42, 1));
        int differing = 0;
        for (int i = 0; i < r0.teams(); i++) {
            differing += Same.describe(r0, i).equals(Same.describe(r1, i)) ? 0 : 1;
        }
        assertEquals(r0.teams(), differing, "every team's attributes differ between replicates");
        assertFalse(Arrays.equals(r0.network().targetsView(), r1.network().targetsView()), "network");
        assertFalse(Arrays.equals(r0.upstream().targetsView(), r1.upstream().targetsView()), "dependencies");
    }

    @Test
    void changingOneAttributeLeavesEveryOtherDrawInPlace() {
        Organisation o = DEFAULTS.organisation();
        Organisation changed = o.withAttributes(o.attributes().withEffort(
                o.attributes().effort().withAll(new Distribution.Uniform(10, 20))));
        Org a = OrgFactory.draw(o, new RandomStreams(42, 2));
        Org b = OrgFactory.draw(changed, new RandomStreams(42, 2));
        for (int i = 0; i < a.teams(); i++) {
            assertNotEquals(a.effort(i), b.effort(i));
            assertEquals(Same.describe(a, i).replaceAll(" effort=[^ ]+", ""),
                    Same.describe(b, i).replaceAll(" effort=[^ ]+", ""), "team " + i);
        }
        Same.assertSameGraph(a.network(), b.network(), "network");
        Same.assertSameGraph(a.upstream(), b.upstream(), "upstream");
    }

    /** Running a strategy beside others changes nothing in its results. */
    @Test
    void aStrategysResultsDoNotDependOnTheOtherStrategiesRun() {
        List<Strategy> all = DEFAULTS.strategies();
        for (int r = 0; r < 3; r++) {
            List<RunResult> together = Replicate.run(DEFAULTS, all, r, RunDetail.SERIES);
            for (int s = 0; s < all.size(); s++) {
                RunResult alone = Replicate.run(DEFAULTS, List.of(all.get(s)), r, RunDetail.SERIES).get(0);
                Same.assertSameResult(alone, together.get(s));
            }
        }
    }

    /** Until a strategy's first difference takes effect, every team moves identically under both. */
    @Test
    void strategiesThatDifferOnlyLaterShareEveryEarlierWeek() {
        Strategy hope = Presets.byName(Presets.ANNOUNCE_AND_HOPE).orElseThrow();
        Strategy lateMandate = hope.withName("late-mandate").withMandate(Mandate.at(Trigger.atWeek(30)));
        Scenario sc = DEFAULTS.withStrategies(List.of(hope, lateMandate));
        for (int r = 0; r < 5; r++) {
            Trace a = Runs.trace(sc, hope, r);
            Trace b = Runs.trace(sc, lateMandate, r);
            assertTrue(a.sameStatesAs(b, 30), "replicate " + r + ": weeks 0–29 identical for every team");
            assertFalse(a.sameStatesAs(b, 40), "replicate " + r + ": the mandate changes week 30 on");
        }
    }

    @Test
    void moreInitialAdoptersIsASupersetOfFewer() {
        ScenarioBuilder b = ScenarioBuilder.model().strategy(s -> s.withAnnounceWeek(-1)).weeks(1);
        Scenario sc = b.build();
        Trace three = Runs.trace(sc, b.strategy().withInitialAdopters(new InitialAdopters(3, 0)), 1);
        Trace six = Runs.trace(sc, b.strategy().withInitialAdopters(new InitialAdopters(6, 0)), 1);
        assertEquals(3, three.count(0, TeamStatus.DONE));
        assertEquals(6, six.count(0, TeamStatus.DONE));
        for (int i = 0; i < three.teams(); i++) {
            if (three.status(0, i) == TeamStatus.DONE) {
                assertEquals(TeamStatus.DONE, six.status(0, i), "team " + i);
            }
        }
    }
}
