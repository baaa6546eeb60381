package org.adoptsim.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountTest {
    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertEquals("1 thread", Count.of(1, "thread", "threads"));
        assertEquals("0 strategies", Count.of(0, "strategy", "strategies"));
        assertEquals("2 shards", Count.of(2, "shard", "shards"));
        assertEquals("12,000 points", Count.of(12_000, "point", "points"));
    }
}
