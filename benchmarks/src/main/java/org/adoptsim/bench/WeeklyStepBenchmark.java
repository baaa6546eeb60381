package org.adoptsim.bench;

import java.util.concurrent.TimeUnit;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
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
 * Question: what does one simulated week cost once an organisation is set up, and does the weekly
 * step allocate? Run it with {@code -prof gc}: {@code gc.alloc.rate.norm} is the bytes allocated per
 * week.
 *
 * <p>One operation = one {@link Simulation#step()} of the {@link Setups#allLevers()} strategy (every
 * mechanism on) on a pre-drawn organisation of {@code teams} teams ({@link Setups#scaledOrganisation}).
 * Org drawing and result building are outside the measurement: when a 104-week run is over the next
 * operation restarts it with {@link Simulation#start} (a restart resets the state arrays and seeds
 * the strategy's two start-up streams — a few hundred bytes, which {@code alloc.rate.norm} shows
 * divided by 104) and steps its first week. The score is weeks per second; team-weeks per second is
 * the score times {@code teams}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WeeklyStepBenchmark {

    @Param({"42", "1000", "100000"})
    public int teams;

    private Scenario scenario;
    private Strategy strategy;
    private RandomStreams streams;
    private Simulation sim;

    @Setup(Level.Trial)
    public void setUp() {
        scenario = teams == Scenario.defaults().organisation().teams() ? Scenario.defaults() : Setups.scaled(teams);
        strategy = Setups.allLevers();
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
