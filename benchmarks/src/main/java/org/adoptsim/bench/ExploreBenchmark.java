package org.adoptsim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.adoptsim.cli.explore.ExploreSession;
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
 * Question: how much of the explore page's 300 ms round trip does the server take per lever change
 * (docs/explore.md, "Speed")?
 *
 * <p>One operation = what {@code POST api/run} does for one change, without the HTTP: read the request
 * body, write the levers into the scenario's YAML tree and load it through the scenario loader, run
 * {@code replicates} replicates of the five strategies of {@code scenarios/platform-migration.yaml} on
 * {@code threads} threads, tabulate as compare does and write the answer's JSON
 * ({@link ExploreSession#answer}). The lever alternates between two coalition sizes of {@code earned}, so
 * every operation is a new comparison. Run it from the repository root, or set {@code -Dadoptsim.root}:
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar ExploreBenchmark                # 100 replicates, 1 and 2 threads
 *   java -jar benchmarks/target/benchmarks.jar ExploreBenchmark -prof gc       # bytes allocated per change
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExploreBenchmark {
    @Param({"100"})
    public int replicates;

    @Param({"1", "2"})
    public int threads;

    private ExploreSession session;
    private final byte[][] bodies = {
        "{\"strategies\":{\"earned\":{\"coalitionSize\":6}}}".getBytes(StandardCharsets.UTF_8),
        "{\"strategies\":{\"earned\":{\"coalitionSize\":7}}}".getBytes(StandardCharsets.UTF_8)};
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        session = ExploreSession.open(Setups.repositoryFile("scenarios/platform-migration.yaml"), replicates, threads);
    }

    @Benchmark
    public byte[] leverChange() throws Exception {
        next ^= 1;
        return session.answer(bodies[next]);
    }
}
