package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.Yaml.error;
import static org.adoptsim.cli.scenario.Yaml.lines;
import static org.adoptsim.cli.scenario.Yaml.scenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.TeamAttributes;
import org.junit.jupiter.api.Test;

class AttributeMappingTest {
    private static final TeamAttributes D = TeamAttributes.defaults();

    private static TeamAttributes attributes(String... attributeLines) {
        String[] all = new String[attributeLines.length + 3];
        all[0] = "organisation:";
        all[1] = "  teams: 3";
        all[2] = "  attributes:";
        for (int i = 0; i < attributeLines.length; i++) {
            all[i + 3] = "    " + attributeLines[i];
        }
        return scenario(lines(all)).organisation().attributes();
    }

    @Test
    void aNumberIsAConstantForEveryTeamAndDropsPerArchetypeValues() {
        TeamAttributes a = attributes("effort: 200", "threshold: 0.3");
        assertEquals(D.effort().withAll(Distribution.constant(200)), a.effort());
        assertEquals(Attribute.of(Distribution.constant(0.3), D.threshold().min(), D.threshold().max()), a.threshold());
        assertEquals(D.capacity(), a.capacity());
    }

    @Test
    void everyFamilyMapsToItsCoreDistribution() {
        TeamAttributes a = attributes(
                "effort: {uniform: {min: 100, max: 500}}",
                "capacity: {normal: {mean: 30, sd: 5}}",
                "gain: {lognormal: {median: 12, sigma: 0.4}}",
                "threshold: {beta: {alpha: 2, beta: 3}}",
                "hiddenDeps: {poisson: {mean: 3}}",
                "stayCost: {values: [1, 2.5, 4]}");
        assertEquals(new Distribution.Uniform(100, 500), a.effort().all());
        assertEquals(new Distribution.Normal(30, 5), a.capacity().all());
        assertEquals(new Distribution.LogNormal(12, 0.4), a.gain().all());
        assertEquals(new Distribution.Beta(2, 3), a.threshold().all());
        assertEquals(new Distribution.Poisson(3), a.hiddenDeps().all());
        assertArrayEquals(new double[] {1, 2.5, 4}, ((Distribution.Values) a.stayCost().all()).values());
    }

    @Test
    void byArchetypeAloneChangesOnlyTheArchetypesItNames() {
        Attribute t = attributes("threshold: {byArchetype: {conservative: {beta: {alpha: 3, beta: 3}}}}").threshold();
        assertEquals(D.threshold().with(Archetype.CONSERVATIVE, new Distribution.Beta(3, 3)), t);
        assertEquals(D.threshold().forArchetype(Archetype.BELIEVER), t.forArchetype(Archetype.BELIEVER));
    }

    @Test
    void allReplacesEveryTeamAndClearsTheDefaultPerArchetypeValues() {
        Attribute h = attributes("horizon: {all: 26}").horizon();
        assertEquals(Map.of(), h.byArchetype());
        assertEquals(Distribution.constant(26), h.forArchetype(Archetype.CONSERVATIVE));
        Attribute both = attributes("horizon: {all: 26, byArchetype: {holdout: 13}, min: 1, max: 400}").horizon();
        assertEquals(new Attribute(Distribution.constant(26), Map.of(Archetype.HOLDOUT, Distribution.constant(13)), 1,
                400), both);
    }

    @Test
    void explicitValuesNeedOneValuePerTeam() {
        assertEquals("test.yaml:4:22: organisation.attributes.effort.values: lists 2 values for 3 teams (one per team)",
                error(lines("organisation:", "  teams: 3", "  attributes:", "    effort: {values: [1, 2]}")));
        assertEquals("test.yaml:4:54: organisation.attributes.effort.byArchetype.holdout.values: lists 1 values for "
                + "3 teams (one per team)", error(lines("organisation:", "  teams: 3", "  attributes:",
                "    effort: {all: 1, byArchetype: {holdout: {values: [5]}}}")));
    }

    @Test
    void parametersAreWrittenInFull() {
        assertEquals("test.yaml:3:25: organisation.attributes.effort.lognormal: needs the field 'sigma' "
                + "(standard deviation of the logarithm)",
                error(lines("organisation:", "  attributes:", "    effort: {lognormal: {median: 300}}")));
        assertEquals("test.yaml:3:14: organisation.attributes.effort.gamma: unknown field (expected one of: "
                + "uniform, normal, lognormal, beta, poisson, values, all, byArchetype, min, max)",
                error(lines("organisation:", "  attributes:", "    effort: {gamma: {k: 2}}")));
        assertEquals("test.yaml:3:13: organisation.attributes.effort: 'lognormal' needs its settings: write it as "
                + "lognormal: {...} (expected a distribution (for every team) or {all, byArchetype, min, max})",
                error(lines("organisation:", "  attributes:", "    effort: lognormal")));
    }

    @Test
    void coreRangeErrorsAreReportedAtTheField() {
        assertEquals("test.yaml:3:39: organisation.attributes.effort.uniform.max: must be >= min (500.0)",
                error(lines("organisation:", "  attributes:", "    effort: {uniform: {min: 500, max: 100}}")));
        assertEquals("test.yaml:3:46: organisation.attributes.effort.lognormal.sigma: must be > 0, was 0",
                error(lines("organisation:", "  attributes:", "    effort: {lognormal: {median: 300, sigma: 0}}")));
        assertEquals("test.yaml:3:36: organisation.attributes.effort.max: the range is empty: min 10 > max 5",
                error(lines("organisation:", "  attributes:", "    effort: {all: 7, min: 10, max: 5}")));
    }

    /** A range reaching below 0 would let a team un-work its migration: refused at the field. */
    @Test
    void negativeRangesAreRefused() {
        assertEquals("test.yaml:3:29: organisation.attributes.effort.min: must be >= 0, was -100",
                error(lines("organisation:", "  attributes:", "    effort: {all: -10, min: -100}")));
        assertEquals("test.yaml:3:30: organisation.attributes.capacity.min: must be >= 0, was -1",
                error(lines("organisation:", "  attributes:", "    capacity: {all: 20, min: -1}")));
    }
}
