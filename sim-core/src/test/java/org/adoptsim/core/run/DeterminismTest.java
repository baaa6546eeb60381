package org.adoptsim.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.Functions;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.SignOffStage;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.WorkRules;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.FunctionsOutcome;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.WeekObserver;
import org.adoptsim.core.testkit.Same;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Same scenario and seed → identical metrics, weekly series and team outcomes: run twice, through
 * {@link Ensemble} on one thread or several (across more than one batch), and on a reused
 * {@link Simulation} whatever ran on it before.
 */
class DeterminismTest {
    private static final Scenario DEFAULTS = Scenario.defaults();

    private static List<List<RunResult>> ensemble(Scenario sc, int threads, int replicates) throws Exception {
        List<List<RunResult>> out = new ArrayList<>();
        new Ensemble(sc, sc.strategies(), threads, RunDetail.SERIES).run(0, replicates, out::add);
        return out;
    }

    @Test
    void sameSeedGivesIdenticalRuns() {
        for (int r = 0; r < 4; r++) {
            List<RunResult> first = Replicate.run(DEFAULTS, DEFAULTS.strategies(), r, RunDetail.SERIES);
            List<RunResult> second = Replicate.run(DEFAULTS, DEFAULTS.strategies(), r, RunDetail.SERIES);
            for (int s = 0; s < first.size(); s++) {
                Same.assertSameResult(first.get(s), second.get(s));
            }
        }
    }

    /** 70 replicates: more than one batch of the pool (64), so batch order is covered too. */
    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3})
    void ensembleResultsDoNotDependOnThreadCount(int threads) throws Exception {
        List<List<RunResult>> serial = ensemble(DEFAULTS, 1, 70);
        List<List<RunResult>> parallel = ensemble(DEFAULTS, threads, 70);
        Same.assertSameResults(serial, parallel);
    }

    @Test
    void ensembleReplicatesEqualStandaloneReplicates() throws Exception {
        List<List<RunResult>> viaEnsemble = new ArrayList<>();
        new Ensemble(DEFAULTS, DEFAULTS.strategies(), 2, RunDetail.SERIES).run(5, 9, viaEnsemble::add);
        for (int k = 0; k < viaEnsemble.size(); k++) {
            List<RunResult> alone = Replicate.run(DEFAULTS, DEFAULTS.strategies(), 5 + k, RunDetail.SERIES);
            for (int s = 0; s < alone.size(); s++) {
                Same.assertSameResult(alone.get(s), viaEnsemble.get(k).get(s));
            }
        }
    }

    @Test
    void aReusedSimulationForgetsEverythingBetweenRuns() {
        RandomStreams streams = new RandomStreams(DEFAULTS.run().seed(), 3);
        Org org = OrgFactory.draw(DEFAULTS.organisation(), streams);
        Simulation reused = new Simulation(org);
        List<Strategy> order = new ArrayList<>(Presets.all());
        java.util.Collections.reverse(order);
        for (Strategy before : order) {
            reused.run(DEFAULTS.rules(), before, streams, 104, RunDetail.SERIES, WeekObserver.NONE);
        }
        for (Strategy s : Presets.all()) {
            RunResult fresh = new Simulation(org).run(DEFAULTS.rules(), s, streams, 104, RunDetail.SERIES,
                    WeekObserver.NONE);
            RunResult again = reused.run(DEFAULTS.rules(), s, streams, 104, RunDetail.SERIES, WeekObserver.NONE);
            Same.assertSameResult(fresh, again);
        }
    }

    /** What a reused simulation keeps between runs (the replicate's incident draws) follows the run's inputs. */
    @Test
    void aReusedSimulationFollowsNewDrawsRulesAndHorizons() {
        Org org = OrgFactory.draw(DEFAULTS.organisation(), new RandomStreams(DEFAULTS.run().seed(), 3));
        Rules riskier = DEFAULTS.rules().withWork(WorkRules.builder().oldIncidentRate(0.2).newIncidentRate(0.05)
                .maturityIncidentFactor(3).qualityIncidentFactor(1).build());
        Simulation reused = new Simulation(org);
        Strategy s = Presets.all().get(2);
        for (int replicate : new int[] {3, 4, 3}) {
            RandomStreams streams = new RandomStreams(DEFAULTS.run().seed(), replicate);
            for (Rules rules : List.of(DEFAULTS.rules(), riskier)) {
                for (int weeks : new int[] {104, 30, 156}) {
                    RunResult fresh = new Simulation(org).run(rules, s, streams, weeks, RunDetail.SERIES,
                            WeekObserver.NONE);
                    Same.assertSameResult(fresh, reused.run(rules, s, streams, weeks, RunDetail.SERIES, WeekObserver.NONE));
                }
            }
        }
    }

    /**
     * What a run keeps changes nothing it computes: the metrics are the same at every {@link RunDetail},
     * and the teams' and functions' outcomes the same wherever they are kept. The scenario has a
     * switch-stage function, so the functions' outcome is one of them.
     */
    @Test
    void everyDetailGivesTheSameRun() {
        CrossFunction security = CrossFunction.builder("security").stage(SignOffStage.SWITCH).cadenceWeeks(2)
                .alignment(0.6).reviewWeeks(1).build();
        Scenario sc = DEFAULTS.withRules(DEFAULTS.rules().withFunctions(new Functions(List.of(security))));
        for (int r = 0; r < 3; r++) {
            List<RunResult> series = Replicate.run(sc, sc.strategies(), r, RunDetail.SERIES);
            List<RunResult> teams = Replicate.run(sc, sc.strategies(), r, RunDetail.TEAMS);
            List<RunResult> metrics = Replicate.run(sc, sc.strategies(), r, RunDetail.METRICS);
            for (int s = 0; s < series.size(); s++) {
                RunResult full = series.get(s);
                assertTrue(full.functions().isPresent(), "the scenario declares a function");
                assertEquals(full.metrics(), metrics.get(s).metrics(), full.strategy());
                assertNull(metrics.get(s).teams(), full.strategy());
                assertTrue(metrics.get(s).functions().isEmpty(), full.strategy());
                assertTrue(metrics.get(s).weekly().isEmpty(), full.strategy());
                assertTrue(teams.get(s).weekly().isEmpty(), full.strategy());
                assertSameFunctions(full.functions().get(), teams.get(s).functions().get(), full.strategy());
                assertEquals(full.metrics(), teams.get(s).metrics(), full.strategy());
                Same.assertSameOutcomes(full.teams(), teams.get(s).teams(), full.strategy());
            }
        }
    }

    private static void assertSameFunctions(FunctionsOutcome a, FunctionsOutcome b, String where) {
        assertEquals(a.names(), b.names(), where);
        for (int f = 0; f < a.functions(); f++) {
            assertEquals(a.waitedTeamWeeks(f), b.waitedTeamWeeks(f), where);
            assertEquals(a.reviews(f), b.reviews(f), where);
            assertEquals(a.approvals(f), b.approvals(f), where);
            assertEquals(a.sendBacks(f), b.sendBacks(f), where);
        }
        for (int i = 0; i < a.teams(); i++) {
            assertEquals(a.waitingFor(i), b.waitingFor(i), where + " team " + i);
        }
    }


    @Test
    void aDifferentSeedGivesDifferentRuns() {
        Scenario other = DEFAULTS.withRun(DEFAULTS.run().withSeed(43));
        RunResult a = Replicate.run(DEFAULTS, DEFAULTS.strategies(), 0, RunDetail.SERIES).get(1);
        RunResult b = Replicate.run(other, other.strategies(), 0, RunDetail.SERIES).get(1);
        assertNotEquals(a.metrics(), b.metrics());
    }
}
