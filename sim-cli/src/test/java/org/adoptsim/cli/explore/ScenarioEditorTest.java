package org.adoptsim.cli.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.adoptsim.core.config.Archetype;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.config.Trigger;
import org.junit.jupiter.api.Test;

/** Levers written into the scenario tree mean what the same fields mean in a file. */
class ScenarioEditorTest {

    private static Scenario load(Levers levers) throws Exception {
        ScenarioEditor e = new ScenarioEditor(Files.readString(ExploreApi.PLATFORM), ExploreApi.PLATFORM,
                ExploreApi.PLATFORM.toString());
        return e.load(levers).scenario();
    }

    private static Strategy strategy(Scenario s, String name) {
        return s.strategy(name).orElseThrow();
    }

    @Test
    void aTriggerGivenReplacesTheWholeTriggerAndKeepsTheRest() throws Exception {
        Levers.StrategyLevers atWeek30 = new Levers.StrategyLevers(new Levers.TriggerLever(true, 30, null, null),
                null, null, null, null, null, null, null, null, null, null, null, null);
        Scenario s = load(new Levers(Map.of("earn-then-mandate", atWeek30), null));
        Strategy etm = strategy(s, "earn-then-mandate");
        assertEquals(new Trigger(30, -1), etm.mandate().trigger(), "the 70 % trigger is gone");
        assertEquals(26, etm.mandate().deadlineWeeks());
        assertEquals(new Trigger(-1, 0.7), etm.sunset().trigger(), "the sunset is untouched");
        assertEquals(strategy(load(Levers.NONE), "earned"), strategy(s, "earned"), "other strategies are untouched");
    }

    @Test
    void supportLeversAndSwitchingOff() throws Exception {
        Levers.StrategyLevers l = new Levers.StrategyLevers(null, new Levers.TriggerLever(false, null, null, null), 2,
                List.of("canary", "scripts"), false, false, 3.5, 2, null, null, null, null, null);
        Strategy etm = strategy(load(new Levers(Map.of("earn-then-mandate", l), null)), "earn-then-mandate");
        assertFalse(etm.sunset().enabled());
        assertEquals(2, etm.coalition().size());
        assertEquals(List.of(Tool.CANARY, Tool.SCRIPTS), etm.tooling());
        assertFalse(etm.dashboard() || etm.champions());
        assertEquals(3.5, etm.officeHours());
        assertEquals(2, etm.executiveUnblocksPerQuarter());
        assertTrue(etm.mandate().enabled(), "the mandate is untouched");
    }

    @Test
    void uncertaintiesKeepTheirDistributionsShape() throws Exception {
        Scenario s = load(new Levers(null, new Levers.Uncertainties(500.0, Map.of("pragmatist", 0.25), 72.0, 60)));
        var a = s.organisation().attributes();
        assertEquals(new Distribution.LogNormal(500, 0.6), a.effort().all());
        assertEquals(new Distribution.Beta(2, 6), a.threshold().forArchetype(Archetype.PRAGMATIST),
                "mean 0.25 with alpha + beta kept at 8");
        assertEquals(new Distribution.Uniform(36, 108), a.capacity().all(), "18-54 scaled by two");
        assertEquals(60, s.organisation().teams());
    }
}
