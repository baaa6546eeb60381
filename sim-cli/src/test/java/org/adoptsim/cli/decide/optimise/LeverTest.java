package org.adoptsim.cli.decide.optimise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adoptsim.cli.InputException;
import org.junit.jupiter.api.Test;

class LeverTest {

    @Test
    void gridsListsAndRanges() {
        Lever g = Lever.parse("strategies.a.mandate.atShare,strategies.a.sunset.atShare=0.3:0.5:0.1");
        assertEquals("mandate.atShare", g.label());
        assertEquals("a", g.strategy());
        assertEquals(List.of(0.3, 0.4, 0.5), g.values(), "decimal steps without drift");
        assertEquals(List.of(13L, 26L), Lever.parse("strategies.a.mandate.deadlineWeeks=13:26:13").values());
        Lever tools = Lever.parse("strategies.a.tooling=[scripts,canary]|[]|[canary]");
        assertEquals(List.of(List.of("scripts", "canary"), List.of(), List.of("canary")), tools.values());
        Lever sampled = Lever.parse("strategies.a.coalition.size=0:12");
        assertTrue(!sampled.finite() && sampled.integral());
        assertEquals(6L, sampled.at(0.5));
        assertEquals(0.6, Lever.parse("strategies.a.mandate.atShare=0.2:1").at(0.5));
    }

    @Test
    void candidatePlansAreAGridWhenSmallAndAHypercubeOtherwise() {
        List<Lever> ls = List.of(Lever.parse("strategies.a.x=1:3:1"), Lever.parse("strategies.a.y=true|false"));
        CandidatePlans grid = CandidatePlans.of(ls, 10, 1);
        assertTrue(grid.grid());
        assertEquals(6, grid.size());
        assertEquals(List.of(1L, true), grid.plans().get(0));
        assertEquals(List.of(1L, false), grid.plans().get(1));
        CandidatePlans lhs = CandidatePlans.of(List.of(Lever.parse("strategies.a.x=0:1")), 50, 7);
        assertTrue(!lhs.grid());
        assertEquals(50, lhs.size());
        assertEquals(lhs.plans(), CandidatePlans.of(List.of(Lever.parse("strategies.a.x=0:1")), 50, 7).plans());
        assertEquals(java.util.Map.of("strategies.a.x", 2L, "strategies.a.y", true), grid.overrides(2));
    }

    @Test
    void badLeversAreOneLine() {
        for (String bad : List.of("x", "strategies.a=1:2", "rules.x.y=1:2", "strategies.a.x,strategies.b.x=1:2",
                "strategies.a.x=2:1", "strategies.a.x=1:2:0", "strategies.a.x=a:b", "strategies.a.x=1:2:3:4")) {
            InputException e = assertThrows(InputException.class, () -> Lever.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--lever '" + bad + "': "), e.getMessage());
        }
    }

    @Test
    void aValueListedTwiceIsRefused() {
        // as a sweep refuses it: the same plan twice would share the selection's chance between its two copies
        InputException e = assertThrows(InputException.class, () -> Lever.parse("strategies.a.x=1|2|1.0"));
        assertEquals("--lever 'strategies.a.x=1|2|1.0': the value '1.0' is listed twice", e.getMessage());
    }

    @Test
    void aLongLeverIsQuotedShortInItsError() {
        // 20,000 nested brackets came back twice in full: an 80 kB error line
        String text = "strategies.earned.tooling=" + "[".repeat(20_000) + "]".repeat(20_000);
        org.adoptsim.cli.InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.adoptsim.cli.InputException.class, () -> Lever.parse(text));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().length() < 200, e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("--lever 'strategies.earned.tooling=[[[[[[[[[[[[[[…'"),
                e.getMessage());
    }
}
