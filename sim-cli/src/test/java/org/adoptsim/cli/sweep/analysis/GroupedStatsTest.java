package org.adoptsim.cli.sweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Pooled intervals over runs that share draws: as wide as over the shared groups' means. */
class GroupedStatsTest {
    /** Two points, replicates 0-3 each; a replicate's value is the same at both points (common draws). */
    private static Table runs() {
        return Table.create(StringColumn.create("strategy", List.of("s", "s", "s", "s", "s", "s", "s", "s")),
                DoubleColumn.create("point", new double[] {0, 0, 0, 0, 1, 1, 1, 1}),
                DoubleColumn.create("replicate", new double[] {0, 1, 2, 3, 0, 1, 2, 3}),
                DoubleColumn.create("net_hours", new double[] {0, 1, 2, 3, 0, 1, 2, 3}));
    }

    @Test
    void independentRunsGetTheIntervalOverRuns() {
        Summary s = GroupedStats.of(runs(), List.of(), List.of("net_hours"), 12, 10, Pooling.INDEPENDENT).rows().get(0).summary();
        double sd = Math.sqrt(10.0 / 7); // values 0..3 twice, about their mean 1.5
        double half = TDistribution.of(7).inverseCumulativeProbability(0.975) * sd / Math.sqrt(8);
        assertEquals(8, s.n());
        assertEquals(1.5, s.mean(), 1e-12);
        assertEquals(1.5 + half, s.hi(), 1e-9);
    }

    @Test
    void runsSharingTheirDrawsGetTheIntervalOverTheGroupMeansAroundTheSameMean() {
        int[] byReplicate = {0, 1, 2, 3, 0, 1, 2, 3};
        Summary s = GroupedStats.of(runs(), List.of(), List.of("net_hours"), 12, 10, Pooling.shared(byReplicate)).rows().get(0)
                .summary();
        double sd = Math.sqrt(5.0 / 3); // group means 0, 1, 2, 3
        double half = TDistribution.of(3).inverseCumulativeProbability(0.975) * sd / Math.sqrt(4);
        assertEquals(8, s.n(), "n still counts runs");
        assertEquals(1.5, s.mean(), 1e-12);
        assertEquals(1.5 - half, s.lo(), 1e-9);
        assertEquals(1.5 + half, s.hi(), 1e-9);
        assertTrue(half > 2, "twice as wide as over runs taken for independent");
    }

    @Test
    void groupsAreFormedWhateverTheRowOrder() {
        int[] pairs = {0, 0, 1, 1, 0, 0, 1, 1}; // replicate / 2, as with --posterior
        Summary s = GroupedStats.of(runs(), List.of(), List.of("net_hours"), 12, 10, Pooling.shared(pairs)).rows().get(0).summary();
        // pair means over both points: (0 + 1 + 0 + 1) / 4 = 0.5 and 2.5
        double half = TDistribution.of(1).inverseCumulativeProbability(0.975) * Math.sqrt(2) / Math.sqrt(2);
        assertEquals(1.5 + half, s.hi(), 1e-9);
    }

    @Test
    void aShareOfRunsSharingTheirDrawsGetsTheTIntervalOverTheGroupsSharesNotWilsonsOverRuns() {
        // six replicates at two points: their shares 0.5, 0.5, 1, 0, 0.5, 0.5 are the independent units
        Table t = Table.create(StringColumn.create("strategy", java.util.Collections.nCopies(12, "s")),
                DoubleColumn.create("replicate", new double[] {0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5}),
                DoubleColumn.create("reached_100", new double[] {1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 1}));
        Summary s = GroupedStats.of(t, List.of(), List.of("reached_100"), 12, 10,
                Pooling.shared(new int[] {0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5})).rows().get(0).summary();
        double half = TDistribution.of(5).inverseCumulativeProbability(0.975) * Math.sqrt(0.1 / 6);
        assertEquals(0.5, s.mean(), 1e-12);
        assertEquals(0.5 - half, s.lo(), 1e-9);
        assertEquals(0.5 + half, s.hi(), 1e-9);
        assertTrue(s.lo() < 0.254, "wider than Wilson's interval over twelve runs, [0.254, 0.746]");
    }

    @Test
    void fewerThanTwoGroupsLeaveTheIntervalUnknown() {
        Summary s = GroupedStats.of(runs(), List.of(), List.of("net_hours"), 12, 10, Pooling.shared(new int[8])).rows().get(0)
                .summary();
        assertEquals(1.5, s.mean(), 1e-12);
        assertTrue(Double.isNaN(s.lo()) && Double.isNaN(s.hi()), "one replicate: nothing to estimate the noise from");
    }

    @Test
    void aShareOfOneInEveryGroupKeepsWilsonsBandOverAsManyRunsAsGroups() {
        Table t = Table.create(StringColumn.create("strategy", java.util.Collections.nCopies(8, "s")),
                DoubleColumn.create("reached_100", new double[] {1, 1, 1, 1, 1, 1, 1, 1}));
        Summary s = GroupedStats.of(t, List.of(), List.of("reached_100"), 12, 10, Pooling.shared(new int[] {0, 1, 2, 3, 0, 1, 2, 3}))
                .rows().get(0).summary();
        org.adoptsim.cli.results.stats.Proportion fourOfFour = new org.adoptsim.cli.results.stats.Proportion(4, 4);
        assertEquals(fourOfFour.low(0.95), s.lo(), 1e-12, "Wilson over the four groups, not over eight runs");
        assertEquals(1.0, s.hi(), 0);
    }

    /**
     * On a grid with independent draws, a group pools fixed levels: its interval is the stratified one,
     * without the spread between the levels. Points 0 and 1 hold 0..3 and 10..13: the pooled mean 6.5 has
     * variance (4·5/3 + 4·5/3) / 8² = 5/24, with Welch's 6 degrees of freedom.
     */
    @Test
    void independentRunsPooledOverFixedLevelsGetTheStratifiedInterval() {
        Table t = Table.create(StringColumn.create("strategy", java.util.Collections.nCopies(8, "s")),
                DoubleColumn.create("net_hours", new double[] {0, 1, 2, 3, 10, 11, 12, 13}));
        int[] points = {0, 0, 0, 0, 1, 1, 1, 1};
        Summary s = GroupedStats.of(t, List.of(), List.of("net_hours"), 12, 10, Pooling.strata(points)).rows().get(0)
                .summary();
        double half = TDistribution.of(6).inverseCumulativeProbability(0.975) * Math.sqrt(5.0 / 24);
        assertEquals(6.5, s.mean(), 1e-12);
        assertEquals(6.5 - half, s.lo(), 1e-9);
        assertEquals(6.5 + half, s.hi(), 1e-9);
        Summary plain = GroupedStats.of(t, List.of(), List.of("net_hours"), 12, 10, Pooling.INDEPENDENT).rows().get(0)
                .summary();
        assertTrue(plain.hi() - plain.lo() > 4 * (s.hi() - s.lo()), "the spread between the levels is not noise");
    }

    @Test
    void aShareOfRunsOverFixedLevelsKeepsWilsonsIntervalAndAPointOfOneRunKeepsThePlainOne() {
        Table t = Table.create(StringColumn.create("strategy", java.util.Collections.nCopies(8, "s")),
                DoubleColumn.create("reached_100", new double[] {1, 1, 1, 0, 0, 0, 0, 1}),
                DoubleColumn.create("net_hours", new double[] {0, 1, 2, 3, 10, 11, 12, 13}));
        int[] points = {0, 0, 0, 0, 1, 1, 1, 1};
        GroupedStats strat = GroupedStats.of(t, List.of(), List.of("reached_100"), 12, 10, Pooling.strata(points));
        GroupedStats plain = GroupedStats.of(t, List.of(), List.of("reached_100"), 12, 10, Pooling.INDEPENDENT);
        assertEquals(plain.rows().get(0).summary(), strat.rows().get(0).summary(), "Wilson over the runs");
        int[] lonePoint = {0, 0, 0, 0, 1, 1, 1, 2};
        assertEquals(GroupedStats.of(t, List.of(), List.of("net_hours"), 12, 10, Pooling.INDEPENDENT).rows().get(0).summary(),
                GroupedStats.of(t, List.of(), List.of("net_hours"), 12, 10, Pooling.strata(lonePoint)).rows().get(0).summary(),
                "a point with one run has no noise estimate: the interval over runs");
    }
}
