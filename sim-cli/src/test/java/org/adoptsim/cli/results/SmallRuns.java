package org.adoptsim.cli.results;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Replicate;

/** Real runs of the default scenario, shortened, for aggregation tests. */
final class SmallRuns {
    static final Scenario SCENARIO = Scenario.defaults().withRun(Scenario.defaults().run().withWeeks(60)
            .withReplicates(12).withSeed(7));

    private SmallRuns() {
    }

    static List<List<RunResult>> replicates(int n) {
        List<List<RunResult>> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            out.add(Replicate.run(SCENARIO, SCENARIO.strategies(), r, RunDetail.SERIES));
        }
        return out;
    }

    static List<String> names() {
        return SCENARIO.strategies().stream().map(s -> s.name()).toList();
    }
}
