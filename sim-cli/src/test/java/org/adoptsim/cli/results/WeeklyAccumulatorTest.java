package org.adoptsim.cli.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.adoptsim.cli.results.stats.QuantilesTestAccess;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeeklySeries;
import org.junit.jupiter.api.Test;

class WeeklyAccumulatorTest {

    @Test
    void quantilesAndMeansMatchTheRuns() {
        List<List<RunResult>> runs = SmallRuns.replicates(12);
        WeeklyAccumulator acc = new WeeklyAccumulator(60, 42);
        List<WeeklySeries> series = runs.stream().map(r -> r.get(2).series()).toList();
        series.forEach(acc::accept);
        for (int w : new int[] {0, 13, 30, 59}) {
            int[] done = series.stream().mapToInt(s -> s.done(w)).sorted().toArray();
            double[] q = acc.doneQuantiles(w, new double[] {0.05, 0.5, 0.95});
            assertEquals(QuantilesTestAccess.type7(done, 0.05) / 42, q[0], 1e-12);
            assertEquals(QuantilesTestAccess.type7(done, 0.5) / 42, q[1], 1e-12);
            assertEquals(QuantilesTestAccess.type7(done, 0.95) / 42, q[2], 1e-12);
            assertEquals(Arrays.stream(done).average().orElseThrow() / 42, acc.meanDoneShare(w), 1e-12);
            double started = series.stream().mapToInt(s -> s.started(w)).average().orElseThrow();
            assertEquals(started / 42, acc.meanStartedShare(w), 1e-12);
            double peers = series.stream().mapToInt(s -> s.count(Reason.PEERS, w)).average().orElseThrow();
            assertEquals(peers, acc.meanReason(Reason.PEERS, w), 1e-12);
            double dual = series.stream().mapToInt(s -> s.count(TeamStatus.DUAL, w)).average().orElseThrow();
            assertEquals(dual, acc.meanStatus(TeamStatus.DUAL, w), 1e-12);
        }
    }

    @Test
    void everyTeamIsCountedOnceAmongDoneAndTheReasons() {
        WeeklyAccumulator acc = new WeeklyAccumulator(60, 42);
        SmallRuns.replicates(3).forEach(r -> acc.accept(r.get(0).series()));
        for (int w = 0; w < 60; w++) {
            double total = acc.meanStatus(TeamStatus.DONE, w);
            for (Reason r : Reason.values()) {
                total += r == Reason.NONE ? 0 : acc.meanReason(r, w);
            }
            assertEquals(42, total, 1e-9, "week " + (w + 1));
        }
    }
}
