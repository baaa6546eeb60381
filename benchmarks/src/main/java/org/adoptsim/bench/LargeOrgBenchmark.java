package org.adoptsim.bench;

import java.util.concurrent.TimeUnit;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.WeekObserver;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Question: how fast does the full model run on a large organisation, in team-weeks per second?
 *
 * <p>One operation = one complete 104-week {@link Simulation#run} (no weekly series, metrics and
 * per-team outcomes built) of {@code strategy} on a pre-drawn organisation of {@code teams} teams:
 * the default organisation scaled up with departments of seven teams ({@link Setups#scaledOrganisation}).
 * Org drawing is in the set-up. The score is runs per second; the auxiliary counter
 * {@code teamWeeks} is the same measurement expressed as team-weeks per second (teams × 104 per run).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class LargeOrgBenchmark {

    @Param({"1000", "100000"})
    public int teams;

    @Param({"earn-then-mandate", Setups.ALL_LEVERS})
    public String strategy;

    private Scenario scenario;
    private Strategy chosen;
    private RandomStreams streams;
    private Simulation sim;

    /** Work done, reported per second of measured time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        public long teamWeeks;
    }

    @Setup(Level.Trial)
    public void setUp() {
        scenario = Setups.scaled(teams);
        chosen = Setups.strategy(strategy);
        streams = new RandomStreams(scenario.run().seed(), 0);
        sim = new Simulation(OrgFactory.draw(scenario.organisation(), streams));
    }

    @Benchmark
    public RunResult run(Work work) {
        int weeks = scenario.run().weeks();
        work.teamWeeks += (long) teams * weeks;
        return sim.run(scenario.rules(), chosen, streams, weeks, RunDetail.TEAMS, WeekObserver.NONE);
    }
}
