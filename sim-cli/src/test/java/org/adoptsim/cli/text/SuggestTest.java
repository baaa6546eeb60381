package org.adoptsim.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    private static final List<String> KEYS = List.of("attention", "stableWeeks", "visibility", "bassP", "bassQ");

    @Test
    void distanceCountsEditsAndAdjacentSwaps() {
        assertEquals(0, Suggest.distance("abc", "abc"));
        assertEquals(1, Suggest.distance("atention", "attention"));
        assertEquals(1, Suggest.distance("attnetion", "attention"));
        assertEquals(2, Suggest.distance("kitten", "sittin"));
        assertEquals(3, Suggest.distance("", "abc"));
    }

    @Test
    void suggestsTheClosestKeyWithinAThirdOfItsLength() {
        assertEquals("attention", Suggest.closest("atention", KEYS));
        assertEquals("stableWeeks", Suggest.closest("stableweeks", KEYS));
        assertEquals("visibility", Suggest.closest("visiblity", KEYS));
        assertEquals("bassP", Suggest.closest("bassp", KEYS));
        assertNull(Suggest.closest("colour", KEYS));
        assertNull(Suggest.closest("x", KEYS));
    }

    @Test
    void ignoresUnderscoresAndHyphensSoOldCamelCaseNamesFindTheirSnakeCase() {
        assertEquals("final_done_share", Suggest.closest("finalDoneShare", java.util.List.of("final_done_share",
                "final_dual_share")));
        assertEquals(" (did you mean 'weeks_to_90'?)", Suggest.didYouMean("weeksTo90", java.util.List.of("weeks_to_90",
                "weeks_to_50")));
        assertEquals("", Suggest.didYouMean("colour", java.util.List.of("weeks_to_90")));
    }
}
