package org.adoptsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.run.Replicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question: what does one run of the default scenario cost end to end, as a sweep pays for it on
 * one core — drawing the replicate's 42-team organisation, then running the five presets
 * on it, each returning its {@link RunResult} with only the metrics, as a sweep keeps them?
 *
 * <p>One invocation = one {@link Replicate#run} of a new replicate (the org draw is shared by the five
 * runs, as in every comparison); {@code @OperationsPerInvocation(5)} makes the score runs per second.
 * Compare it with {@link FullModelBenchmark} (runs alone) to see what org drawing adds per run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplicateBenchmark {
    private final Scenario scenario = Scenario.defaults();
    private final List<org.adoptsim.core.config.Strategy> presets = Presets.all();
    private int replicate;

    @Benchmark
    @OperationsPerInvocation(5)
    public List<RunResult> replicate() {
        return Replicate.run(scenario, presets, replicate++, RunDetail.METRICS);
    }
}
