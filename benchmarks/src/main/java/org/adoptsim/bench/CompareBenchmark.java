package org.adoptsim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Question: how long does a comparison take once the JVM is warm (what an interactive session pays per
 * change), against issue 19's target of 0.25 s for 5 strategies × 1,000 replicates?
 *
 * <p>One operation = {@code adoptsim compare scenarios/platform-migration.yaml --replicates R --quiet}
 * through the command line's own entry point ({@link Main#commandLine()}), in this JVM, on all cores:
 * loading the scenario, the paired simulation, runs.csv and the tables, the manifest, the PNG charts and
 * the reports, written to a scratch folder. {@code charts} {@code none} is not an option of compare, so
 * the figure includes chart rendering. Run it from the repository root (benchmarks/run.sh does), or
 * set {@code -Dadoptsim.root}.
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
        Path root = Path.of(System.getProperty("adoptsim.root", "."));
        Path file = root.resolve("scenarios/platform-migration.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + file.toAbsolutePath() + ": run from the repository root");
        }
        scenario = file.toString();
        out = Files.createTempDirectory("adoptsim-compare-bench");
    }

    @Benchmark
    public int compare() {
        int code = Main.commandLine().execute("compare", scenario, "--replicates", String.valueOf(replicates),
                "--out", out.toString(), "--quiet");
        if (code != 0) {
            throw new IllegalStateException("compare exited with " + code);
        }
        return code;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
