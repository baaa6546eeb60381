package org.adoptsim.cli.scenario.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.DecisionRule;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.HoldoutEngagement;
import org.adoptsim.core.config.InitialAdopters;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.Trigger;
import org.junit.jupiter.api.Test;

class DescribeTest {

    @Test
    void numbersAreWrittenAsAPersonWould() {
        assertEquals("8", Words.num(8.0));
        assertEquals("0.125", Words.num(0.125));
        assertEquals("0.333333", Words.num(1.0 / 3));
        assertEquals("70%", Words.percent(0.7));
        assertEquals("1 team", Words.count(1, "team"));
        assertEquals("0.1", Words.exact(0.1));
        assertEquals("26", Words.exact(26.0));
        assertEquals("0.30000000000000004", Words.exact(0.1 + 0.2));
    }

    @Test
    void strategiesInWords() {
        assertEquals("never announced", StrategyText.of(Strategy.nothing("x")));
        Strategy s = Strategy.nothing("x").withInitialAdopters(new InitialAdopters(0, 0.05))
                .withEngageHoldouts(HoldoutEngagement.defaults())
                .withMandate(new Mandate(new Trigger(10, 0.5), 13, 1, true))
                .withSunset(Sunset.at(Trigger.atWeek(40)));
        assertEquals(List.of("5% of teams done at week 0", "never announced",
                "talks with holdouts (8 h each, 25% convert, at most every 13 weeks)",
                "mandate at week 10 or at 50% honest adoption, whichever comes first (deadline 13 weeks, pressure 1, "
                        + "executive backing)",
                "sunset announced at week 40, old system off 26 weeks later"), StrategyText.phrases(s));
        assertEquals("announce at week 0", StrategyText.of(Presets.byName("announce-and-hope").orElseThrow()));
    }

    @Test
    void distributionsAndAttributesInWords() {
        assertEquals("uniform(18 to 54)", DistributionText.of(new Distribution.Uniform(18, 54)));
        assertEquals("normal(mean 1, sd 0.5)", DistributionText.of(new Distribution.Normal(1, 0.5)));
        assertEquals("3 explicit values (1 to 7)", DistributionText.of(new Distribution.Values(new double[] {4, 1, 7})));
        Attribute a = new Attribute(Distribution.constant(1), Map.of(Archetype.HOLDOUT, new Distribution.Poisson(2)), 0, 9);
        assertEquals("believer 1, pragmatist 1, conservative 1, holdout Poisson(2)", DistributionText.of(a));
    }

    @Test
    void rulesDiffListsOnlyWhatDiffers() {
        Rules d = Rules.defaults();
        assertEquals(List.of(), RulesDiff.differences(d, d));
        Rules r = d.withDecisions(d.decisions().withRule(DecisionRule.BASS, 0.01, 0.3).withAttention(0.9));
        assertEquals(List.of("decisions.rule bass (default threshold)", "decisions.attention 0.9 (default 0.7)"),
                RulesDiff.differences(r, d));
    }
}
