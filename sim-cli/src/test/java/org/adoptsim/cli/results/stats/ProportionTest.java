package org.adoptsim.cli.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProportionTest {

    @Test
    void wilsonIntervalOfAKnownShare() {
        Proportion p = new Proportion(8, 10);
        assertEquals(0.8, p.share(), 0);
        assertEquals(0.4901625, p.low(0.95), 1e-6);
        assertEquals(0.9433178, p.high(0.95), 1e-6);
    }

    @Test
    void staysInsideZeroAndOneAtTheEdges() {
        Proportion none = new Proportion(0, 50);
        assertEquals(0, none.low(0.95), 1e-15);
        assertEquals(0.0713476, none.high(0.95), 1e-6);
        Proportion all = new Proportion(50, 50);
        assertEquals(1, all.high(0.95), 1e-15);
        assertEquals(1 - 0.0713476, all.low(0.95), 1e-6);
    }

    @Test
    void emptyIsUnknown() {
        Proportion p = new Proportion(0, 0);
        assertTrue(Double.isNaN(p.share()));
        assertTrue(Double.isNaN(p.low(0.95)));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Proportion(3, 2));
    }
}
