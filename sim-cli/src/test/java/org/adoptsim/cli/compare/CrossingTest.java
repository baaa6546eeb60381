package org.adoptsim.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.junit.jupiter.api.Test;

class CrossingTest {
    @Test
    void aCrossedVariantHasOneStrategysTimingAndTheOthersInvestments() {
        List<Strategy> presets = Scenario.defaults().strategies();
        Strategy early = presets.stream().filter(s -> s.name().equals("mandate-early")).findFirst().orElseThrow();
        Strategy earn = presets.stream().filter(s -> s.name().equals("earn-then-mandate")).findFirst().orElseThrow();
        Strategy x = Crossing.cross(early, earn);
        assertEquals("mandate-early-timing+earn-then-mandate-investments", x.name());
        assertEquals(early.announceWeek(), x.announceWeek());
        assertEquals(early.mandate(), x.mandate());
        assertEquals(early.sunset(), x.sunset());
        assertEquals(earn.tooling(), x.tooling());
        assertEquals(earn.coalition(), x.coalition());
        assertEquals(earn.dashboard(), x.dashboard());
        assertEquals(earn.champions(), x.champions());
        assertEquals(earn.officeHours(), x.officeHours());
        assertEquals(earn.executiveUnblocksPerQuarter(), x.executiveUnblocksPerQuarter());
        assertEquals(earn.engageHoldouts(), x.engageHoldouts());
        Strategy back = Crossing.cross(earn, early);
        assertEquals(earn.mandate(), back.mandate());
        assertEquals(early.tooling(), back.tooling());
    }
}
