package org.adoptsim.core.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.LedgerEntry;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Ensemble;
import org.junit.jupiter.api.Test;

class ScratchMeasureTest {
    @Test
    void measure() throws Exception {
        Scenario scenario = Scenario.defaults();
        int reps = Integer.getInteger("reps", 200);
        List<RunResult> all = new ArrayList<>();
        new Ensemble(scenario, scenario.strategies(), 2, true).run(0, reps, all::addAll);
        Map<String, List<RunResult>> runs = all.stream().collect(Collectors.groupingBy(RunResult::strategy));
        for (var e : runs.entrySet()) {
            var l = e.getValue();
            StringBuilder sb = new StringBuilder(String.format("%-20s", e.getKey()));
            sb.append(String.format(" done=%.3f adopted=%.3f ad52=%.3f done52=%.3f forced=%.2f initDone=%.2f net=%.0f",
                    avg(l, r -> r.metrics().finalDoneShare()), avg(l, r -> r.metrics().finalAdoptedShare()),
                    avg(l, r -> r.metrics().adoptedShare52()), avg(l, r -> r.series().doneShare(51)),
                    avg(l, r -> r.metrics().forcedAtShutdown()),
                    avg(l, r -> r.metrics().weeksToInitiativeDone() > 0 ? 1 : 0), avg(l, r -> r.metrics().ledger().net())));
            for (LedgerEntry le : LedgerEntry.values()) {
                sb.append(String.format(" %s=%.0f", le.name().substring(0, 3), avg(l, r -> r.metrics().ledger().hours(le))));
            }
            sb.append(String.format(" w90=%.1f wA90=%.1f(cens %.2f) initW=%.1f plat:",
                    avg(l, r -> r.metrics().weeksTo90()), avg(l, r -> r.metrics().weeksToAdopted90() < 0 ? 105 : r.metrics().weeksToAdopted90()),
                    avg(l, r -> r.metrics().weeksToAdopted90() < 0 ? 1 : 0), avg(l, r -> r.metrics().weeksToInitiativeDone())));
            for (var u : org.adoptsim.core.result.PlatformUse.values()) {
                sb.append(String.format(" %.0f", avg(l, r -> r.metrics().ledger().platformHours(u))));
            }
            System.out.println(sb);
        }
    }

    private static double avg(List<RunResult> l, java.util.function.ToDoubleFunction<RunResult> f) {
        return l.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
