package org.adoptsim.core.run;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.WeekObserver;

/**
 * One replicate of a comparison: the organisation is drawn once from (seed, replicate) and every
 * strategy runs on it with the same event draws — common random numbers, so the differences between
 * the results are the strategies' effect.
 */
public final class Replicate {
    private Replicate() {
    }

    /** Runs each strategy in order on the replicate's organisation; each result keeps {@code detail}. */
    public static List<RunResult> run(Scenario scenario, List<Strategy> strategies, int replicate,
            RunDetail detail) {
        RandomStreams streams = new RandomStreams(scenario.run().seed(), replicate);
        Org org = OrgFactory.draw(scenario.organisation(), streams);
        Simulation sim = new Simulation(org).startFrom(scenario.start());
        List<RunResult> out = new ArrayList<>(strategies.size());
        for (Strategy s : strategies) {
            out.add(sim.run(scenario.rules(), s, streams, scenario.run().weeks(), detail, WeekObserver.NONE));
        }
        return out;
    }
}
