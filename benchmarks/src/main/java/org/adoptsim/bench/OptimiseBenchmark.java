package org.adoptsim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.adoptsim.cli.app.Main;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question: how long does {@code adoptsim optimise} take over 2,000 candidate plans of the default
 * scenario on 2 threads, against issue 16's target of at most 60 s on 2 cores?
 *
 * <p>One operation (single shot) = one whole optimisation through the command line's own entry point
 * ({@link Main#commandLine()}) in this JVM: {@code scenarios/platform-migration.yaml}, four sampled levers
 * of earn-then-mandate (the mandate trigger with the sunset announced at it, the deadline, the coalition
 * size and office hours; a Latin hypercube of 2,000 plans), objective {@code weeks_to_100}, the
 * constraint {@code mean_resentment<=0.05@0.9}, the command's defaults otherwise (first stage 10, at most
 * 400 replicates per plan, the re-check on 100 fresh replicates, the PNG chart): generating the plans,
 * the feasibility stage, screening, KN, the re-check and the three output files, written to a fresh
 * scratch folder each time. The tear-down prints the process CPU time per optimisation, which on a
 * shared machine says what the work costs when the wall time is stretched by other processes. Run it
 * from the repository root (benchmarks/run.sh does), or set {@code -Dadoptsim.root}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class OptimiseBenchmark {
    @Param({"2"})
    public int threads;

    @Param({"2000"})
    public int candidates;

    private String scenario;
    private Path out;
    private int invocation;
    private long cpuNanos;
    private long cpuNanosMeasured;
    private int measured;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        scenario = Setups.repositoryFile("scenarios/platform-migration.yaml").toString();
        out = Files.createTempDirectory("adoptsim-optimise-bench");
    }

    @Benchmark
    public int optimise() {
        long cpu0 = processCpuNanos();
        int code = Main.commandLine().execute("optimise", scenario,
                "--lever", "strategies.earn-then-mandate.mandate.atShare,strategies.earn-then-mandate.sunset.atShare=0.3:0.9",
                "--lever", "strategies.earn-then-mandate.mandate.deadlineWeeks=8:52",
                "--lever", "strategies.earn-then-mandate.coalition.size=0:10",
                "--lever", "strategies.earn-then-mandate.officeHours=0:24",
                "--objective", "weeks_to_100", "--constraint", "mean_resentment<=0.05@0.9",
                "--candidates", String.valueOf(candidates), "--threads", String.valueOf(threads),
                "--out", out.resolve("run-" + invocation++).toString());
        cpuNanos = processCpuNanos() - cpu0;
        if (code != 0) {
            throw new IllegalStateException("optimise exited with " + code);
        }
        return code;
    }

    /** After each optimisation: its CPU time, counted from the second one on (the first is JMH's warm-up). */
    @TearDown(Level.Iteration)
    public void count() {
        if (invocation > 1) {
            cpuNanosMeasured += cpuNanos;
            measured++;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (measured > 0) {
            System.out.printf("%n# optimise: %.1f s process CPU time per optimisation (mean of %d measured)%n",
                    cpuNanosMeasured / 1e9 / measured, measured);
        }
        Setups.deleteTree(out);
    }

    /** CPU time of every thread of this JVM so far (the optimisation's workers, JIT and GC included). */
    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }
}
