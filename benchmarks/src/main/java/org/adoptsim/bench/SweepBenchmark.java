package org.adoptsim.bench;

import java.util.concurrent.TimeUnit;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.run.Ensemble;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Question: how many runs per second does a sweep of many replicates do through
 * {@link Ensemble} — org drawn per replicate, the five presets run on it, results streamed to a sink
 * in deterministic order — on 1 thread, 2 threads and every available processor, and how well does
 * it scale?
 *
 * <p>One invocation = {@code Ensemble.run} over {@value #REPLICATES} new replicates of the default
 * 42-team scenario (metrics only, as a sweep keeps them); the sink hands every result to a {@link Blackhole}.
 * {@code @OperationsPerInvocation} makes the score runs per second. Scaling is the score at n threads
 * over the score at 1 thread (benchmarks/run.sh prints it); on a shared machine it is bounded by what
 * else runs on the other cores. {@code threads = all} is {@link Runtime#availableProcessors()}.
 *
 * <p>Ten warm-up seconds: when every core runs a worker, the JIT compiles in what the workers leave, so
 * the many-thread forks reach their steady speed later than the one-thread fork (on 2 cores, after five
 * to six seconds rather than three).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SweepBenchmark {
    static final int REPLICATES = 400;
    private static final int PRESETS = 5;

    @Param({"1", "2", "all"})
    public String threads;

    private Ensemble ensemble;
    private int from;

    @Setup
    public void setUp() {
        int n = "all".equals(threads) ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
        ensemble = new Ensemble(Scenario.defaults(), Presets.all(), n, RunDetail.METRICS);
    }

    @Benchmark
    @OperationsPerInvocation(REPLICATES * PRESETS)
    public void sweep(Blackhole bh) throws InterruptedException {
        int start = from;
        from += REPLICATES;
        ensemble.run(start, start + REPLICATES, bh::consume);
    }
}
