package org.adoptsim.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.adoptsim.cli.results.MetricCatalog;
import org.junit.jupiter.api.Test;

/** The one wording of a week in the prose: the run's own without a calendar, the organisation's with one. */
class WeekWordsTest {
    private final MetricCatalog catalog = new MetricCatalog(74);

    @Test
    void withoutACalendarTheRunsOwnWeeksAsBefore() {
        WeekWords w = WeekWords.RUN_WEEKS;
        assertEquals("week 52", w.at(52));
        assertEquals("within 104 weeks", w.within(104));
        assertEquals("", w.from());
        assertEquals("adopted @52", w.label(catalog.get("adopted_share_52")));
        assertEquals("net hours", w.label(catalog.get("net_hours")));
    }

    @Test
    void withACalendarWeekNOfTheRunEndsInCalendarWeekStartPlusNMinusOne() {
        WeekWords w = new WeekWords(30);
        assertEquals("calendar week 81 (52 weeks from today)", w.at(52));
        assertEquals("by calendar week 103 (74 weeks from today)", w.within(74));
        assertEquals("calendar week 30 (1 week from today)", w.calendarWeek(1));
        assertEquals(" from calendar week 30", w.from());
        assertEquals("adopted at calendar week 81 (52 weeks from today)", w.label(catalog.get("adopted_share_52")));
        assertEquals("honest at calendar week 103 (74 weeks from today)", w.label(catalog.get("honest_at_74")));
        assertEquals("net hours", w.label(catalog.get("net_hours")));
    }

    @Test
    void aHalfWeekMedianRoundsOnceAndBothNumbersAgree() {
        WeekWords w = new WeekWords(30);
        assertEquals("calendar week 55 (26 weeks from today)", w.calendarWeek(26.5));
        assertEquals("calendar week 57 (28 weeks from today)", w.calendarWeek(27.5));
        assertEquals("calendar week 56 (27 weeks from today)", w.calendarWeek(27.4));
    }
}
