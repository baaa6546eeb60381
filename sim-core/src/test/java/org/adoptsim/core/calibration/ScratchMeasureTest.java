package org.adoptsim.core.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.BreakEven;
import org.adoptsim.core.result.LedgerEntry;
import org.adoptsim.core.result.PlatformUse;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Ensemble;
import org.junit.jupiter.api.Test;

class ScratchMeasureTest {
    @Test
    void measure() throws Exception {
        Scenario scenario = Scenario.defaults();
        int reps = Integer.getInteger("reps", 400);
        List<RunResult> all = new ArrayList<>();
        new Ensemble(scenario, scenario.strategies(), 2, true).run(0, reps, all::addAll);
        Map<String, List<RunResult>> runs = all.stream().collect(Collectors.groupingBy(RunResult::strategy));
        Map<Integer, double[]> base = runs.get(Presets.ANNOUNCE_AND_HOPE).stream()
                .collect(Collectors.toMap(RunResult::replicate, r -> r.series().netHoursSeries()));
        for (Strategy st : Presets.all()) {
            var l = runs.get(st.name());
            System.out.printf("| %s | %.1f | %.1f%% | %.1f%% | %.2f | %.4f | %.0f%% |%n", st.name(),
                    avg(l, r -> r.series().done(103)), 100 * avg(l, r -> r.metrics().neverStartedShare()),
                    100 * avg(l, r -> r.metrics().finalDualShare()), avg(l, r -> r.metrics().meanResentment()),
                    avg(l, r -> r.metrics().incidentRateAfter()),
                    100 * avg(l, r -> r.metrics().weeksTo100() > 0 && r.metrics().shutdown().isPresent() ? 1 : 0));
        }
        System.out.println();
        for (Strategy st : Presets.all()) {
            var l = runs.get(st.name());
            int[] be = l.stream().mapToInt(r -> BreakEven.week(r.series().netHoursSeries(), base.get(r.replicate()))).sorted().toArray();
            long never = Arrays.stream(be).filter(b -> b < 0).count();
            int[] reached = Arrays.stream(be).filter(b -> b >= 0).toArray();
            System.out.printf("| %s | %.2f | %.2f | %.2f | %.2f | %.1f (%.0f%% cens) | %.0f%% (%.1f) | be median %s never %d |%n", st.name(),
                    avg(l, r -> r.series().doneShare(51)), avg(l, r -> r.metrics().adoptedShare52()),
                    avg(l, r -> r.metrics().finalDoneShare()), avg(l, r -> r.metrics().finalAdoptedShare()),
                    avg(l, r -> r.metrics().weeksToAdopted90() < 0 ? 105 : r.metrics().weeksToAdopted90()),
                    100 * avg(l, r -> r.metrics().weeksToAdopted90() < 0 ? 1 : 0),
                    100 * avg(l, r -> r.metrics().weeksToInitiativeDone() > 0 ? 1 : 0),
                    l.stream().filter(r -> r.metrics().weeksToInitiativeDone() > 0).mapToDouble(r -> r.metrics().weeksToInitiativeDone()).average().orElse(Double.NaN),
                    reached.length == 0 ? "-" : String.valueOf(reached[reached.length / 2]), never);
            StringBuilder sb = new StringBuilder("| " + st.name() + String.format(" | forced %.2f", avg(l, r -> r.metrics().forcedAtShutdown())));
            for (LedgerEntry e : LedgerEntry.values()) {
                sb.append(String.format(" | %s %.0f", e.label(), avg(l, r -> r.metrics().ledger().hours(e))));
            }
            sb.append(String.format(" | net %.0f (sd %.0f) fte %.2f", avg(l, r -> r.metrics().ledger().net()),
                    Math.sqrt(avg(l, r -> Math.pow(r.metrics().ledger().net(), 2)) - Math.pow(avg(l, r -> r.metrics().ledger().net()), 2)),
                    avg(l, r -> r.metrics().ledger().netFte())));
            sb.append(" | plat:");
            for (PlatformUse u : PlatformUse.values()) {
                sb.append(String.format(" %s %.0f", u.label(), avg(l, r -> r.metrics().ledger().platformHours(u))));
            }
            System.out.println(sb);
        }
    }

    private static double avg(List<RunResult> l, java.util.function.ToDoubleFunction<RunResult> f) {
        return l.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
