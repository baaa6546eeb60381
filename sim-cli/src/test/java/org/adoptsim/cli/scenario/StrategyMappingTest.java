package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.Yaml.error;
import static org.adoptsim.cli.scenario.Yaml.lines;
import static org.adoptsim.cli.scenario.Yaml.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.adoptsim.core.config.Coalition;
import org.adoptsim.core.config.HoldoutEngagement;
import org.adoptsim.core.config.InitialAdopters;
import org.adoptsim.core.config.Mandate;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Sunset;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.Trigger;
import org.junit.jupiter.api.Test;

class StrategyMappingTest {

    private static Strategy preset(String name) {
        return Presets.byName(name).orElseThrow();
    }

    private static StrategyInfo only(String... strategyLines) {
        String[] all = new String[strategyLines.length + 1];
        all[0] = "strategies:";
        for (int i = 0; i < strategyLines.length; i++) {
            all[i + 1] = "  " + strategyLines[i];
        }
        List<StrategyInfo> s = load(lines(all)).strategies();
        assertEquals(1, s.size());
        return s.get(0);
    }

    @Test
    void aPresetNameAloneIsThatPreset() {
        StrategyInfo s = only("hope: announce-and-hope");
        assertEquals(preset("announce-and-hope").withName("hope"), s.strategy());
        assertEquals("announce-and-hope", s.preset());
        assertEquals(List.of(), s.overridden());
    }

    @Test
    void aPresetWithAMandateOverride() {
        StrategyInfo s = only("late-mandate: {preset: earned, mandate: {atShare: 0.6}}");
        assertEquals(preset("earned").withName("late-mandate").withMandate(Mandate.at(Trigger.atShare(0.6))),
                s.strategy());
        assertEquals(List.of("mandate"), s.overridden());
    }

    @Test
    void aTriggerGivenReplacesTheBaseTriggerWhole() {
        Strategy s = only("x: {preset: mandate-early, mandate: {atShare: 0.5}}").strategy();
        assertEquals(new Trigger(-1, 0.5), s.mandate().trigger());
        Strategy kept = only("x: {preset: earn-then-mandate, mandate: {deadlineWeeks: 10, pressure: 0.2}}").strategy();
        assertEquals(new Mandate(Trigger.atShare(0.7), 10, 0.2, false), kept.mandate());
        assertEquals(preset("earn-then-mandate").sunset(), kept.sunset());
        Strategy both = only("x: {sunset: {atWeek: 10, atShare: 0.4, leadWeeks: 8}}").strategy();
        assertEquals(new Sunset(new Trigger(10, 0.4), 8), both.sunset());
    }

    @Test
    void noneSwitchesALeverOff() {
        Strategy s = only("x: {preset: pure-mandate, mandate: none, sunset: none}").strategy();
        assertEquals(Mandate.NONE, s.mandate());
        assertEquals(Sunset.NONE, s.sunset());
    }

    @Test
    void fromScratchStartsFromAStrategyThatDoesNothing() {
        StrategyInfo s = only("mine:", "  description: my own",
                "  coalition: {size: 3}", "  announceWeek: 2", "  tooling: [canary, scripts]", "  dashboard: true",
                "  officeHours: 4", "  executiveUnblocksPerQuarter: 1");
        Strategy expected = Strategy.nothing("mine").withCoalition(new Coalition(3, 0)).withAnnounceWeek(2)
                .withTooling(List.of(Tool.CANARY, Tool.SCRIPTS)).withDashboard(true).withOfficeHours(4)
                .withExecutiveUnblocksPerQuarter(1);
        assertEquals(expected, s.strategy());
        assertNull(s.preset());
        assertEquals("my own", s.description());
        assertEquals(-1, only("silent: {dashboard: true}").strategy().announceWeek());
        assertEquals(-1, only("x: {preset: earned, announceWeek: never}").strategy().announceWeek());
    }

    @Test
    void holdoutEngagementFillsInTheCoreDefaultsWhenTheBaseHasNone() {
        Strategy s = only("x: {preset: earned, engageHoldouts: {conversionProbability: 0.5}}").strategy();
        HoldoutEngagement d = HoldoutEngagement.defaults();
        assertEquals(new HoldoutEngagement(d.hoursPerConversation(), 0.5, d.cooldownWeeks()), s.engageHoldouts());
        assertEquals(HoldoutEngagement.NONE, only("x: {engageHoldouts: none}").strategy().engageHoldouts());
    }

    @Test
    void initialAdoptersAreReplacedWhole() {
        assertEquals(new InitialAdopters(0, 0.1), only("x: {initialAdopters: {share: 0.1}}").strategy().initialAdopters());
        assertEquals(new InitialAdopters(4, 0), only("x: {initialAdopters: {count: 4}}").strategy().initialAdopters());
    }

    @Test
    void strategiesKeepFileOrderAndMissingStrategiesMeanThePresets() {
        List<StrategyInfo> s = load(lines("strategies:", "  b: earned", "  a: pure-mandate")).strategies();
        assertEquals(List.of("b", "a"), s.stream().map(StrategyInfo::name).toList());
        assertEquals(Presets.all(), load("name: x\n").scenario().strategies());
    }

    @Test
    void rejectsWhatCannotBeAStrategy() {
        assertEquals("test.yaml:2:15: strategies.x.preset: unknown value 'earnd'; did you mean 'earned'?",
                error(lines("strategies:", "  x: {preset: earnd}")));
        assertEquals("test.yaml:2:16: strategies.x.mandate: says nothing about when the mandate fires: give atWeek "
                + "or atShare (or write 'mandate: none')", error(lines("strategies:", "  x: {mandate: {pressure: 1}}")));
        assertEquals("test.yaml:2:25: strategies.x.tooling[1]: 'canary' is listed twice",
                error(lines("strategies:", "  x: {tooling: [canary, canary]}")));
        assertEquals("test.yaml:2:3: strategies.my plan: the name 'my plan' is not a strategy name (letters, digits, "
                + "'-', '_' and '.', starting with a letter or digit)", error(lines("strategies:", "  my plan: earned")));
        assertEquals("test.yaml:1:13: strategies: needs at least one entry", error("strategies: {}\n"));
        assertEquals("test.yaml:1:13: strategies: expected a mapping of names to a preset's name or a mapping "
                + "(preset, description, levers), got a list", error("strategies: [earned]\n"));
        assertEquals("test.yaml:2:25: strategies.x.mandate.atWeek: must be >= 0, was -2",
                error(lines("strategies:", "  x: {mandate: {atWeek: -2}}")));
    }
}
