package org.adoptsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class PaletteTest {
    private static final List<String> PRESETS = List.of("announce-and-hope", "earned", "mandate-early",
            "earn-then-mandate", "pure-mandate");

    @Test
    void thePresetsHaveFixedDistinctColoursAndSolidLines() {
        assertEquals(new Color(0, 114, 178), Palette.strategy("announce-and-hope"));
        assertEquals(new Color(213, 94, 0), Palette.strategy("earned"));
        assertEquals(5, PRESETS.stream().map(Palette::strategy).distinct().count());
        PRESETS.forEach(p -> assertNull(Palette.dash(p), p));
    }

    @Test
    void aLookDependsOnTheNameOnlyNotOnAnOrder() {
        assertEquals(Palette.strategy("my-rollout"), Palette.strategy("my-rollout"));
        assertArrayEquals(Palette.dash("my-rollout"), Palette.dash("my-rollout"));
        assertEquals(Palette.strategy("earned"), Palette.strategy(new String("earned")));
    }

    @Test
    void noOtherNameTakesAPresetsLook() {
        for (int i = 0; i < 500; i++) {
            String name = "custom-" + i;
            for (String p : PRESETS) {
                boolean sameColour = Palette.strategy(name).equals(Palette.strategy(p));
                boolean sameDash = Objects.equals(Palette.dash(name) == null, Palette.dash(p) == null);
                assertNotEquals(true, sameColour && sameDash, name + " looks like " + p);
            }
        }
    }

    @Test
    void tenStrategiesGetAtLeastSixLooks() {
        long looks = java.util.stream.IntStream.range(0, 10).mapToObj(i -> "s" + i)
                .map(n -> Palette.strategy(n) + java.util.Arrays.toString(Palette.dash(n))).distinct().count();
        org.junit.jupiter.api.Assertions.assertTrue(looks >= 6, "looks: " + looks);
    }
}
