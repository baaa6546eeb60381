package org.adoptsim.core.org;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.ArchetypeMix;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.TeamAttributes;
import org.adoptsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Drawing an organisation: archetypes by quota, attributes per archetype, explicit lists. */
class OrgFactoryTest {
    private static final Organisation DEFAULTS = Organisation.defaults();

    /** Large organisations without the (quadratic) department network, which these tests do not need. */
    private static Organisation large(int teams) {
        return DEFAULTS.withTeams(teams).withNetwork(new NetworkSpec.None());
    }

    private static Org draw(Organisation o, long replicate) {
        return OrgFactory.draw(o, new RandomStreams(42, replicate));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3, 4})
    void defaultQuotaIs7_14_14_7Of42(long replicate) {
        Org org = draw(DEFAULTS, replicate);
        assertEquals(7, org.count(Archetype.BELIEVER));
        assertEquals(14, org.count(Archetype.PRAGMATIST));
        assertEquals(14, org.count(Archetype.CONSERVATIVE));
        assertEquals(7, org.count(Archetype.HOLDOUT));
    }

    @Test
    void quotaPositionsAreRandomPerReplicate() {
        Org a = draw(DEFAULTS, 0);
        Org b = draw(DEFAULTS, 1);
        int same = 0;
        for (int i = 0; i < 42; i++) {
            same += a.archetype(i) == b.archetype(i) ? 1 : 0;
        }
        assertTrue(same < 30, "about 0.3 × 42 agree by chance, not all: " + same);
    }

    @Test
    void largestRemainderGivesTheRestToTheLargestRemainders() {
        assertArrayEquals(new int[] {7, 14, 14, 7}, OrgFactory.largestRemainder(ArchetypeMix.defaults().normalisedShares(), 42));
        assertArrayEquals(new int[] {2, 3, 3, 2}, OrgFactory.largestRemainder(ArchetypeMix.defaults().normalisedShares(), 10),
                "1.6/3.4/3.4/1.6: floors 1/3/3/1, then the two 0.6 remainders");
        assertArrayEquals(new int[] {1, 1, 1, 0}, OrgFactory.largestRemainder(new double[] {0.25, 0.25, 0.25, 0.25}, 3),
                "ties go to the earlier archetype");
    }

    @Test
    void multinomialAssignmentMatchesTheSharesOnAverage() {
        ArchetypeMix mix = new ArchetypeMix(0.16, 0.34, 0.34, 0.16, ArchetypeMix.Assignment.MULTINOMIAL, List.of());
        Org org = draw(large(20_000).withArchetypes(mix), 0);
        assertEquals(0.16, org.count(Archetype.BELIEVER) / 20_000.0, 0.01);
        assertEquals(0.34, org.count(Archetype.PRAGMATIST) / 20_000.0, 0.015);
        assertEquals(0.34, org.count(Archetype.CONSERVATIVE) / 20_000.0, 0.015);
        assertEquals(0.16, org.count(Archetype.HOLDOUT) / 20_000.0, 0.01);
    }

    @Test
    void anExplicitArchetypeListIsTakenAsGivenAndMustFit() {
        List<Archetype> list = Collections.nCopies(5, Archetype.CONSERVATIVE);
        Org org = draw(DEFAULTS.withTeams(5).withArchetypes(ArchetypeMix.defaults().withExplicit(list)), 0);
        assertEquals(5, org.count(Archetype.CONSERVATIVE));
        var e = assertThrows(IllegalArgumentException.class,
                () -> draw(DEFAULTS.withArchetypes(ArchetypeMix.defaults().withExplicit(list)), 0));
        assertEquals("archetypes.explicit: lists 5 archetypes for 42 teams", e.getMessage());
    }

    /** 8,400 teams of the default mix: per-archetype values and distribution means. */
    @Test
    void defaultAttributesFollowTheArchetypes() {
        Org org = draw(large(8400), 0);
        double[] thetaSum = new double[4];
        int[] count = new int[4];
        for (int i = 0; i < org.teams(); i++) {
            Archetype a = org.archetype(i);
            count[a.ordinal()]++;
            thetaSum[a.ordinal()] += org.threshold(i);
            int[] proof = {0, 1, 3, 5};
            assertEquals(proof[a.ordinal()], org.proofNeeded(i), a + " proofNeeded");
            double[][] horizon = {{45, 90}, {39, 78}, {10, 21}, {39, 78}};
            assertTrue(org.horizon(i) >= horizon[a.ordinal()][0] && org.horizon(i) <= horizon[a.ordinal()][1], a + " horizon");
            assertTrue(org.capacity(i) >= 18 && org.capacity(i) <= 54, "capacity uniform 18–54");
            if (a == Archetype.BELIEVER) {
                assertEquals(0, org.threshold(i), "believers: a point mass at 0");
            }
            if (a == Archetype.HOLDOUT) {
                assertTrue(org.threshold(i) > 1, "holdouts: never by social proof alone");
            }
        }
        assertEquals(0.125, thetaSum[1] / count[1], 0.008, "pragmatist Beta(1, 7)");
        assertEquals(2 / 4.75, thetaSum[2] / count[2], 0.012, "conservative Beta(2, 2.75)");
    }

    @Test
    void lognormalAndPoissonAttributesHaveTheirMediansAndMeans() {
        Org org = draw(large(8000), 1);
        double[] effort = new double[org.teams()];
        double[] gain = new double[org.teams()];
        double hidden = 0;
        for (int i = 0; i < org.teams(); i++) {
            effort[i] = org.effort(i);
            gain[i] = org.gain(i);
            hidden += org.hiddenDeps(i);
        }
        Arrays.sort(effort);
        Arrays.sort(gain);
        assertEquals(360, effort[4000], 360 * 0.04, "effort median");
        assertEquals(18, gain[4000], 18 * 0.04, "gain median");
        assertEquals(1, hidden / org.teams(), 0.04, "hidden dependencies Poisson(1)");
    }

    @Test
    void convertedHoldoutsTakePragmatistValues() {
        Org org = draw(large(4200), 2);
        double sum = 0;
        int holdouts = 0;
        for (int i = 0; i < org.teams(); i++) {
            if (org.archetype(i) == Archetype.HOLDOUT) {
                holdouts++;
                sum += org.convertedThreshold(i);
                assertEquals(1, org.convertedProofNeeded(i));
                assertTrue(org.convertedHorizon(i) >= 39 && org.convertedHorizon(i) <= 78);
            } else {
                assertEquals(org.threshold(i), org.convertedThreshold(i), "only holdouts are ever converted");
                assertEquals(org.proofNeeded(i), org.convertedProofNeeded(i));
                assertEquals(org.horizon(i), org.convertedHorizon(i));
            }
        }
        assertEquals(0.125, sum / holdouts, 0.02, "pragmatist thresholds");
    }

    @Test
    void explicitValuesAreTakenPerTeamAndClippedToTheValidRange() {
        double[] values = {0, 0.5, 3, -1, 1};
        Organisation o = DEFAULTS.withTeams(5).withAttributes(DEFAULTS.attributes().withThreshold(
                DEFAULTS.attributes().threshold().withAll(new Distribution.Values(values))));
        Org org = draw(o, 0);
        assertArrayEquals(new double[] {0, 0.5, TeamAttributes.NEVER, 0, 1},
                new double[] {org.threshold(0), org.threshold(1), org.threshold(2), org.threshold(3), org.threshold(4)});
    }

    @Test
    void aValuesListOfTheWrongLengthIsRejectedNamingTheField() {
        Organisation o = DEFAULTS.withAttributes(DEFAULTS.attributes().withEffort(
                DEFAULTS.attributes().effort().withAll(new Distribution.Values(new double[] {100, 200, 300}))));
        var e = assertThrows(IllegalArgumentException.class, () -> draw(o, 0));
        assertEquals("effort.values: lists 3 values for 42 teams", e.getMessage());
    }

    @Test
    void aPerArchetypeValuesListOfTheWrongLengthIsRejectedToo() {
        Attribute t = DEFAULTS.attributes().threshold().with(Archetype.PRAGMATIST, new Distribution.Values(new double[] {0.1}));
        Organisation o = DEFAULTS.withAttributes(DEFAULTS.attributes().withThreshold(t));
        var e = assertThrows(IllegalArgumentException.class, () -> draw(o, 0));
        assertEquals("threshold.values: lists 1 values for 42 teams", e.getMessage());
    }

    @Test
    void perArchetypeOverridesApplyOnlyToTheirArchetype() {
        Attribute capacity = new Attribute(Distribution.constant(20), Map.of(Archetype.HOLDOUT, Distribution.constant(5)), 0.1, 1e4);
        Org org = draw(DEFAULTS.withAttributes(DEFAULTS.attributes().withCapacity(capacity)), 0);
        for (int i = 0; i < org.teams(); i++) {
            assertEquals(org.archetype(i) == Archetype.HOLDOUT ? 5 : 20, org.capacity(i), "team " + i);
        }
    }

    @Test
    void departmentsAreAssignedRoundRobin() {
        Org org = draw(DEFAULTS, 0);
        for (int i = 0; i < 42; i++) {
            assertEquals(i % 6, org.department(i));
        }
    }
}
