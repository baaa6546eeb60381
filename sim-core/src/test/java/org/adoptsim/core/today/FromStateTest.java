package org.adoptsim.core.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.ObservedState.Status;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.Tool;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.TeamStatus;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.run.Replicate;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/** Runs that start from an observed state (docs/model.md, "Starting from today"). */
class FromStateTest {
    private static final Scenario DEFAULTS = Scenario.defaults();
    private static final int N = DEFAULTS.organisation().teams();

    private static ObservedState someState() {
        ObservedState.Builder b = ObservedState.builder(N).week(30).tool(Tool.SCRIPTS).dashboard(true);
        for (int i = 0; i < 8; i++) {
            b.team(i, Status.DONE, 1, 10 + i, i == 0);
        }
        b.team(8, Status.MIGRATING, 0.5, -1, false);
        b.team(9, Status.BLOCKED, 0.2, -1, false);
        b.team(10, Status.WILLING, 0, -1, false);
        return b.build();
    }

    @Test
    void teamsDoneInTheStateAreDoneFromTheFirstWeekInEveryRun() {
        Scenario sc = DEFAULTS.withStart(someState());
        for (int r = 0; r < 10; r++) {
            for (Strategy s : sc.strategies()) {
                RandomStreams streams = new RandomStreams(sc.run().seed(), r);
                Simulation sim = new Simulation(OrgFactory.draw(sc.organisation(), streams)).startFrom(sc.start());
                int[] firstWeekDone = new int[1];
                sim.start(sc.rules(), s, streams, 10, view -> {
                    if (view.week() == 0) {
                        firstWeekDone[0] = view.count(TeamStatus.DONE);
                    }
                });
                while (sim.step()) {
                    continue;
                }
                RunResult res = sim.result();
                assertTrue(firstWeekDone[0] >= 8, s.name() + ": " + firstWeekDone[0] + " done in the first week");
                for (int i = 0; i < 8; i++) {
                    assertEquals(TeamStatus.DONE, res.teams().status(i), s.name() + " team " + i);
                    assertEquals(-1, res.teams().doneWeek(i), "done before the first simulated week");
                }
            }
        }
    }

    @Test
    void inconsistentObservationsAreRefused() {
        ObservedState.Builder b = ObservedState.builder(N).week(30);
        assertThrows(IllegalArgumentException.class, () -> b.team(0, Status.DONE, 0.5, 3, false));
        assertThrows(IllegalArgumentException.class, () -> b.team(0, Status.DONE, 1, -1, false));
        assertThrows(IllegalArgumentException.class, () -> b.team(0, Status.MIGRATING, 0.5, 3, false));
        assertThrows(IllegalArgumentException.class, () -> b.team(0, Status.IDLE, 0, -1, true));
        assertThrows(IllegalArgumentException.class,
                () -> ObservedState.builder(N).week(30).team(0, Status.DONE, 1, 30, false).build());
        ObservedState dual = ObservedState.builder(N).week(30).team(0, Status.DUAL, 0.4, -1, false).build();
        Strategy hope = Presets.byName(Presets.ANNOUNCE_AND_HOPE).orElseThrow();
        assertThrows(IllegalArgumentException.class,
                () -> DEFAULTS.withStrategies(List.of(hope)).withStart(dual));
    }

    /**
     * The round trip: for each replicate, run 104 weeks straight; and run 30 weeks, turn that run's
     * state into an {@link ObservedState}, and continue 74 weeks from it on fresh event draws (another
     * seed). Over 200 replicates two samples must agree in distribution: the final done counts, and the
     * calendar weeks in which teams finished after week 30 (pooled). Agreement: a two-sample
     * Kolmogorov–Smirnov test does not reject at the 1 % level and the means differ by less than 1
     * team and 1.5 weeks (measured: 0.02 teams, 0.05 weeks, both p > 0.99). What the state does not carry (resentment, σ, awareness, converted holdouts,
     * the proof already seen, the quarter's roadmap phase) is why it is not exact. To show the test
     * can fail, continuing from week 0 instead (ignoring the state) must be rejected.
     */
    @Test
    void continuingFromAnObservedWeek30AgreesInDistributionWithTheUninterruptedRun() {
        Strategy s = Presets.byName(Presets.EARNED).orElseThrow();
        int replicates = 200;
        double[] straight = new double[replicates];
        double[] continued = new double[replicates];
        double[] ignored = new double[replicates];
        List<Double> straightWeeks = new ArrayList<>();
        List<Double> continuedWeeks = new ArrayList<>();
        List<Double> ignoredWeeks = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            RandomStreams streams = new RandomStreams(7, r);
            Org org = OrgFactory.draw(DEFAULTS.organisation(), streams);
            RunResult whole = new Simulation(org).run(DEFAULTS.rules(), s, streams, 104, RunDetail.TEAMS,
                    WeekObserver.NONE);
            straight[r] = doneAfter(whole, 30, 0, straightWeeks);

            Simulation first = new Simulation(org);
            first.start(DEFAULTS.rules(), s, streams, 30, WeekObserver.NONE);
            while (first.step()) {
                continue;
            }
            ObservedState at30 = first.observe(30);
            RandomStreams fresh = new RandomStreams(1_000_007, r);
            RunResult rest = new Simulation(org).startFrom(at30)
                    .run(DEFAULTS.rules(), s, fresh, 74, RunDetail.TEAMS, WeekObserver.NONE);
            continued[r] = doneAfter(rest, 0, 30, continuedWeeks);
            RunResult scratch = new Simulation(org).run(DEFAULTS.rules(), s, fresh, 74, RunDetail.TEAMS, WeekObserver.NONE);
            ignored[r] = doneAfter(scratch, 0, 30, ignoredWeeks);
        }
        assertAgree("final done count", straight, continued, 1);
        assertAgree("done weeks after 30", unbox(straightWeeks), unbox(continuedWeeks), 1.5);
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        assertTrue(ks.kolmogorovSmirnovTest(straight, ignored) < 0.01
                || ks.kolmogorovSmirnovTest(unbox(straightWeeks), unbox(ignoredWeeks)) < 0.01,
                "a run that ignores the state must be told apart");
    }

    private static void assertAgree(String what, double[] a, double[] b, double meanTolerance) {
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(a, b);
        double gap = Math.abs(Arrays.stream(a).average().orElseThrow() - Arrays.stream(b).average().orElseThrow());
        assertTrue(p > 0.01, what + ": KS p = " + p + ", mean gap " + gap);
        assertTrue(gap < meanTolerance, what + ": means differ by " + gap + " (p = " + p + ")");
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Done teams at the horizon; the calendar weeks (week + offset) of those that finished from {@code from} on. */
    private static double doneAfter(RunResult res, int from, int offset, List<Double> weeks) {
        int n = 0;
        for (int i = 0; i < res.teams().teams(); i++) {
            if (res.teams().status(i) == TeamStatus.DONE) {
                n++;
                if (res.teams().doneWeek(i) >= from) {
                    weeks.add((double) res.teams().doneWeek(i) + offset);
                }
            }
        }
        return n;
    }

}
