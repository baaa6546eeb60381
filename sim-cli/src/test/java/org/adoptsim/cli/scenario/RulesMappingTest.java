package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.Yaml.error;
import static org.adoptsim.cli.scenario.Yaml.lines;
import static org.adoptsim.cli.scenario.Yaml.scenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.adoptsim.core.config.DecisionRule;
import org.adoptsim.core.config.DecisionRules;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.RunSettings;
import org.junit.jupiter.api.Test;

class RulesMappingTest {
    private static final Rules D = Rules.defaults();

    @Test
    void aMissingRulesSectionKeepsEveryDefault() {
        assertEquals(D, scenario("name: x\n").rules());
        assertEquals(D, scenario("rules: {}\n").rules());
        assertEquals(RunSettings.defaults(), scenario("run: {}\n").run());
    }

    @Test
    void eachFieldGivenReplacesOnlyItself() {
        Rules r = scenario(lines("rules:",
                "  decisions: {rule: bass, bassP: 0.02, bassQ: 0.5, attention: 0.9}",
                "  platform: {capacity: 80, fixEffort: {uniform: {min: 10, max: 30}}}",
                "  tooling: {canaryFactor: 0.25}",
                "  sunset: {darkPeriod: false, throttleWeeks: 4}",
                "  work: {resentmentFactor: {holdout: 3}, newIncidentRate: 0.02}",
                "  adoption: {supportHours: 2, adoptedAt: 0.9}",
                "  ledger: {shutdownIncidentHours: 40}")).rules();
        assertEquals(D.decisions().withRule(DecisionRule.BASS, 0.02, 0.5).withAttention(0.9), r.decisions());
        assertEquals(D.platform().toBuilder().capacity(80).fixEffort(new Distribution.Uniform(10, 30)).build(),
                r.platform());
        assertEquals(D.tooling().toBuilder().canaryFactor(0.25).build(), r.tooling());
        assertEquals(D.sunset().toBuilder().throttleWeeks(4).darkPeriod(false).build(), r.sunset());
        assertEquals(D.adoption().toBuilder().supportHours(2).adoptedAt(0.9).build(), r.adoption());
        assertEquals(D.ledger().toBuilder().shutdownIncidentHours(40).build(), r.ledger());
        double[] factors = D.work().resentmentFactor();
        factors[3] = 3;
        assertArrayEquals(factors, r.work().resentmentFactor());
        assertEquals(0.02, r.work().newIncidentRate());
        assertEquals(D.work().readinessShare(), r.work().readinessShare());
    }

    @Test
    void runSettings() {
        assertEquals(new RunSettings(52, 1000, -5), scenario("run: {weeks: 52, replicates: 1e3, seed: -5}\n").run());
        assertEquals(RunSettings.defaults().withSeed(9007199254740993L), scenario("run: {seed: 9007199254740993}\n").run());
    }

    @Test
    void typeAndRangeErrorsNameTheField() {
        assertEquals("test.yaml:1:32: rules.decisions.attention: must be in [0, 1], was 1.5",
                error("rules: {decisions: {attention: 1.5}}\n"));
        assertEquals("test.yaml:1:34: rules.decisions.stableWeeks: expected a whole number >= 0, got the number 2.5",
                error("rules: {decisions: {stableWeeks: 2.5}}\n"));
        assertEquals("test.yaml:1:30: rules.decisions.roadmap: expected true or false, got the text 'yes'",
                error("rules: {decisions: {roadmap: yes}}\n"));
        assertEquals("test.yaml:1:27: rules.decisions.rule: unknown value 'Bass'; did you mean 'bass'?",
                error("rules: {decisions: {rule: Bass}}\n"));
        assertEquals("test.yaml:1:21: rules.decisions.atention: unknown field; did you mean 'attention'?",
                error("rules: {decisions: {atention: 0.5}}\n"));
        assertEquals("test.yaml:1:7: rules: expected a mapping (fields: decisions, work, platform, tooling, sunset, adoption, ledger), "
                + "got nothing (null)", error("rules:\n"));
        assertEquals("test.yaml:1:14: run.weeks: must be in [1, 2600], was 3000000000",
                error("run: {weeks: 3000000000}\n"));
        assertEquals("test.yaml:1:35: rules.decisions.quarterWeeks: must be a whole number from 1 to 2147483647, was"
                + " 3000000000", error("rules: {decisions: {quarterWeeks: 3000000000}}\n"));
        assertEquals("test.yaml:1:23: organisation.teams: must be in [1, 1000000], was 1e400",
                error("organisation: {teams: 1e400}\n"));
        assertEquals("test.yaml:1:32: rules.work.readinessShare: must be > 0, was 0",
                error("rules: {work: {readinessShare: 0}}\n"));
    }

    @Test
    void keysWithControlCharactersAreNotQuotedSoTheMessageStaysOneLine() {
        assertEquals("test.yaml:1:9: rules: a key that is not a field name (expected one of: decisions, work, platform,"
                + " tooling, sunset, adoption, ledger)", error("rules: {\"deci\\r\\nsions\\a\": {}}\n"));
    }

    @Test
    void defaultDecisionRulesAreTheCoresDefaults() {
        assertEquals(DecisionRules.defaults(), scenario("rules: {decisions: {}}\n").rules().decisions());
    }
}
