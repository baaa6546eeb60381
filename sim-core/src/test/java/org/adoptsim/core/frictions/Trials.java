package org.adoptsim.core.frictions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Replicate;

/** Runs one strategy of a scenario over replicates and averages a figure; for behavioural tests. */
final class Trials {
    private Trials() {
    }

    static List<RunResult> run(Scenario scenario, Strategy strategy, int replicates) {
        List<RunResult> out = new ArrayList<>(replicates);
        for (int r = 0; r < replicates; r++) {
            out.add(Replicate.run(scenario, List.of(strategy), r, RunDetail.SERIES).get(0));
        }
        return out;
    }

    static double mean(Scenario scenario, Strategy strategy, int replicates, ToDoubleFunction<RunResult> f) {
        return run(scenario, strategy, replicates).stream().mapToDouble(f).average().orElseThrow();
    }
}
