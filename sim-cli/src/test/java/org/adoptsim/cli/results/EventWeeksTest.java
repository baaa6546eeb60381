package org.adoptsim.cli.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The marks of the time charts, PNG and interactive alike: at the median run's week index (where that week
 * starts) and labelled with it, as runs.csv and the scenario number weeks, events of
 * one week under one label in the order mandate, deadline, sunset, shutdown, the share of runs where an
 * event happened in only some, and no mark for an event the median run did not reach.
 */
class EventWeeksTest {

    @Test
    void eventsOfOneWeekShareAMarkAndPartialOnesSayInHowManyRuns() {
        Map<String, MilestoneSummary> m = new LinkedHashMap<>();
        m.put("weeks_to_90", new MilestoneSummary(10, 10, 30)); // not an event
        m.put("mandate_week", new MilestoneSummary(98, 100, 41));
        m.put("deadline_week", new MilestoneSummary(98, 100, 67));
        m.put("sunset_week", new MilestoneSummary(100, 100, 41));
        m.put("shutdown_week", new MilestoneSummary(40, 100, Double.NaN)); // beyond the horizon in the median run
        SummaryRow row = new SummaryRow("earn-then-mandate", 100, Map.of(), m);
        assertEquals(List.of(
                new EventWeeks.Mark(41, "mandate + sunset announced, week 41, in 98 % of runs"),
                new EventWeeks.Mark(67, "deadline, week 67, in 98 % of runs")), EventWeeks.of(row));
    }

    @Test
    void aStrategyWithoutEventsHasNoMarks() {
        Map<String, MilestoneSummary> m = new LinkedHashMap<>();
        m.put("mandate_week", new MilestoneSummary(0, 100, Double.NaN));
        assertEquals(List.of(), EventWeeks.of(new SummaryRow("earned", 100, Map.of(), m)));
        assertEquals(List.of(), EventWeeks.of(new SummaryRow("earned", 100, Map.of(), Map.of())));
    }
}
