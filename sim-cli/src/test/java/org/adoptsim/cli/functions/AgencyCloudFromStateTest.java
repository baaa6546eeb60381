package org.adoptsim.cli.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeekObserver;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * Starting scenarios/agency-cloud.yaml from a state (docs/model.md, "Starting from today", its
 * functions bullet): the round trip. For each of 200 replicates, run 104 weeks straight; and run 30
 * weeks, turn that run into an observed state ({@code Simulation.observe}, which lists each team's
 * sign-offs so far), and continue 74 weeks from it on fresh event draws. Under {@code earned} (no timed
 * event and no lever, so nothing restarts with the continuation) the final done and adopted counts
 * must agree in distribution (two-sample Kolmogorov–Smirnov, not rejected at the 1 % level) and differ
 * on average by less than one team (measured: 0.11 and 0.22 teams; 0.49 and 0.50 while done teams were
 * given every sign-off and counted as stable adopters only from week 7; 1.56 before the state carried the
 * sign-offs, when teams under way asked again for what they had). What the state still does not carry
 * (requests open and reviews in progress, resentment, σ, awareness) is why it is not exact. A
 * continuation that ignores the state must be told apart, so the test can fail.
 */
class AgencyCloudFromStateTest {
    private static final int REPLICATES = 200;

    @Test
    void continuingFromAnObservedWeek30AgreesWithTheUninterruptedRun() {
        Scenario sc = ScenarioLoader.scenario(Path.of("../scenarios/agency-cloud.yaml"));
        Strategy s = Presets.byName(Presets.EARNED).orElseThrow();
        double[][] straight = new double[2][REPLICATES];
        double[][] continued = new double[2][REPLICATES];
        double[][] ignored = new double[2][REPLICATES];
        for (int r = 0; r < REPLICATES; r++) {
            RandomStreams streams = new RandomStreams(11, r);
            Org org = OrgFactory.draw(sc.organisation(), streams);
            count(new Simulation(org).run(sc.rules(), s, streams, 104, RunDetail.TEAMS, WeekObserver.NONE), straight, r);
            Simulation first = new Simulation(org);
            first.start(sc.rules(), s, streams, 30, WeekObserver.NONE);
            while (first.step()) {
                continue;
            }
            ObservedState at30 = first.observe(30);
            RandomStreams fresh = new RandomStreams(1_000_003, r);
            count(new Simulation(org).startFrom(at30).run(sc.rules(), s, fresh, 74, RunDetail.TEAMS, WeekObserver.NONE),
                    continued, r);
            count(new Simulation(org).run(sc.rules(), s, fresh, 74, RunDetail.TEAMS, WeekObserver.NONE), ignored, r);
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        String[] what = {"done", "adopted"};
        boolean toldApart = false;
        for (int k = 0; k < 2; k++) {
            double p = ks.kolmogorovSmirnovTest(straight[k], continued[k]);
            double gap = mean(straight[k]) - mean(continued[k]);
            assertTrue(p > 0.01, what[k] + ": KS p = " + p + ", mean gap " + gap);
            assertTrue(Math.abs(gap) < 1, what[k] + ": means differ by " + gap + " teams (p = " + p + ")");
            toldApart |= ks.kolmogorovSmirnovTest(straight[k], ignored[k]) < 0.01;
        }
        assertTrue(toldApart, "a run that ignores the state must be told apart");
    }

    private static void count(RunResult res, double[][] into, int r) {
        for (int i = 0; i < res.teams().teams(); i++) {
            if (res.teams().status(i) == TeamStatus.DONE) {
                into[0][r]++;
            }
            if (res.teams().adopted(i)) {
                into[1][r]++;
            }
        }
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }
}
