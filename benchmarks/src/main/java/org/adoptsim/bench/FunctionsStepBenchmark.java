package org.adoptsim.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.adoptsim.core.config.Contract;
import org.adoptsim.core.config.CrossFunction;
import org.adoptsim.core.config.FunctionLevers;
import org.adoptsim.core.config.FunctionNeed;
import org.adoptsim.core.config.Functions;
import org.adoptsim.core.config.Liaisons;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.SignOffStage;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.TimedLever;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.WeekObserver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question: what do the functions nobody commands (docs/model.md, "Across functions") cost a week,
 * and does the weekly step still allocate nothing with them on? Run with {@code -prof gc}.
 *
 * <p>One operation = one {@link Simulation#step()} of {@link Setups#allLevers()} plus every
 * cross-functional lever, with agency-cloud's four functions (security, budget, operations, program
 * offices) declared, on an organisation of {@code teams} teams; as in {@link WeeklyStepBenchmark}, a
 * finished run is restarted (a restart builds the run's outcome arrays, functions × weeks, which
 * {@code alloc.rate.norm} shows divided by the run's weeks).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FunctionsStepBenchmark {

    @Param({"42", "1000"})
    public int teams;

    private Scenario scenario;
    private Strategy strategy;
    private RandomStreams streams;
    private Simulation sim;

    /** agency-cloud.yaml's four functions. */
    static Functions agencyFunctions() {
        return new Functions(List.of(
                CrossFunction.builder("security").stage(SignOffStage.SWITCH).cadenceWeeks(4).capacity(3).reviewWeeks(2)
                        .alignment(0.2).reworkHours(40).build(),
                CrossFunction.builder("budget").stage(SignOffStage.START).cadenceWeeks(13).capacity(60).reviewWeeks(1)
                        .alignment(0.3).reworkHours(16).build(),
                CrossFunction.builder("operations").stage(SignOffStage.SWITCH).cadenceWeeks(4).capacity(4).reviewWeeks(1)
                        .alignment(0.3).reworkHours(24).build(),
                CrossFunction.builder("program").stage(SignOffStage.SWITCH).cadenceWeeks(2).capacity(2).reviewWeeks(2)
                        .alignment(0.4).reworkHours(24).need(new FunctionNeed.Share(0.5)).build()));
    }

    @Setup(Level.Trial)
    public void setUp() {
        Scenario base = teams == Scenario.defaults().organisation().teams() ? Scenario.defaults() : Setups.scaled(teams);
        scenario = base.withRules(base.rules().withFunctions(agencyFunctions()));
        strategy = Setups.allLevers().withFunctionLevers(FunctionLevers.NONE
                .withConstraintMapping(TimedLever.at(0, 40))
                .withMutualBenefit(Map.of("security", Contract.at(0, 240), "budget", Contract.at(0, 80)))
                .withDecisionFeeds(TimedLever.at(0, 0))
                .withLiaisons(Liaisons.at(0, 4))
                .withPilotFirst(TimedLever.at(0, 0)));
        streams = new RandomStreams(scenario.run().seed(), 0);
        sim = new Simulation(OrgFactory.draw(scenario.organisation(), streams));
        restart();
    }

    private void restart() {
        sim.start(scenario.rules(), strategy, streams, scenario.run().weeks(), WeekObserver.NONE);
    }

    @Benchmark
    public int week() {
        if (!sim.step()) {
            restart();
            sim.step();
        }
        return sim.weeksDone();
    }
}
