package org.adoptsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.adoptsim.cli.app.Main;
import org.adoptsim.cli.explore.Replicates;
import org.adoptsim.cli.results.ComparisonTables;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.core.config.Scenario;
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
 * Question: how long does a comparison take once the JVM is warm, against issue 19's target of 0.25 s for
 * 5 strategies × 1,000 replicates on 2 cores?
 *
 * <ul>
 *   <li>{@code resultsOnly}: what {@code explore} pays per lever change: the scenario file loaded and the
 *       paired comparison run and tabulated through explore's own {@link Replicates#compare}, on all cores;
 *       no file written.</li>
 *   <li>{@code withFiles}: {@code adoptsim compare scenarios/platform-migration.yaml --replicates R --quiet}
 *       through the command line's own entry point ({@link Main#commandLine()}): the same, plus runs.csv,
 *       the tables, the PNG charts, the reports, the brief and the manifest written to a scratch folder
 *       and synced to disk.</li>
 * </ul>
 * Run it from the repository root (benchmarks/run.sh does), or set {@code -Dadoptsim.root}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class CompareBenchmark {
    @Param({"1000"})
    public int replicates;

    private String scenario;
    private Path out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        scenario = Setups.repositoryFile("scenarios/platform-migration.yaml").toString();
        out = Files.createTempDirectory("adoptsim-compare-bench");
    }

    @Benchmark
    public ComparisonTables resultsOnly() throws InterruptedException {
        Scenario s = ScenarioLoader.scenario(Path.of(scenario));
        return Replicates.compare(s.withRun(s.run().withReplicates(replicates)),
                Runtime.getRuntime().availableProcessors());
    }

    @Benchmark
    public int withFiles() {
        int code = Main.commandLine().execute("compare", scenario, "--replicates", String.valueOf(replicates),
                "--out", out.toString(), "--quiet");
        if (code != 0) {
            throw new IllegalStateException("compare exited with " + code);
        }
        return code;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Setups.deleteTree(out);
    }
}
