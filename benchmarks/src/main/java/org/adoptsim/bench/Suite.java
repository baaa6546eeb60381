package org.adoptsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite and writes the markdown results table (see benchmarks/run.sh). Mode
 * {@code quick} covers the headline cases with short iterations (a few minutes on two cores);
 * {@code full} runs every parameter with the iterations the classes declare. The report is rewritten
 * after every benchmark, so an interrupted suite leaves the finished sections; JMH's own output goes
 * to one log per benchmark beside it.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.adoptsim.bench.Suite quick|full <report.md>}.
 */
public final class Suite {
    private Suite() {
    }

    public static void main(String[] args) throws IOException, RunnerException {
        if (args.length != 2 || !(args[0].equals("quick") || args[0].equals("full"))) {
            System.err.println("usage: Suite quick|full <report.md>");
            System.exit(2);
        }
        boolean quick = args[0].equals("quick");
        Path report = Path.of(args[1]);
        Path logs = report.resolveSibling(report.getFileName().toString().replaceFirst("\\.md$", "") + "-logs");
        Files.createDirectories(logs);
        List<Plan> plans = quick ? quickPlans() : fullPlans();
        Report out = new Report(args[0]);
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            System.err.printf("[%d/%d] %s%n", i + 1, plans.size(), p.name());
            out.add(p.benchmark(), run(p, quick, logs.resolve((i + 1) + "-" + p.name() + ".log")));
            Files.writeString(report, out.markdown());
        }
    }

    static List<Plan> quickPlans() {
        return List.of(
                Plan.of(FullModelBenchmark.class),
                Plan.of(ReplicateBenchmark.class),
                Plan.of(LargeOrgBenchmark.class).with("strategy", Setups.ALL_LEVERS),
                Plan.of(WeeklyStepBenchmark.class).withGc(),
                // Both cores run workers, so C2 compiles in what they leave: on a 2-core AMD EPYC guest the
                // 2-thread sweep still rose through its fourth second and the first three measured ones.
                Plan.of(SweepBenchmark.class).warmingUpFor(8));
    }

    static List<Plan> fullPlans() {
        return List.of(Plan.of(FullModelBenchmark.class),
                Plan.of(ReplicateBenchmark.class), Plan.of(LargeOrgBenchmark.class),
                Plan.of(WeeklyStepBenchmark.class).withGc(), Plan.of(SweepBenchmark.class),
                Plan.of(PointScenarioBenchmark.class));
    }

    private static Collection<RunResult> run(Plan p, boolean quick, Path log) throws RunnerException {
        ChainedOptionsBuilder b = new OptionsBuilder().include(p.benchmark().getName() + "\\.").forks(1)
                .output(log.toString());
        if (quick) {
            b.warmupIterations(p.quickWarmups()).warmupTime(TimeValue.seconds(1)).measurementIterations(3)
                    .measurementTime(TimeValue.seconds(1));
        }
        for (Map.Entry<String, String[]> e : p.params().entrySet()) {
            b.param(e.getKey(), e.getValue());
        }
        if (p.gc()) {
            b.addProfiler(GCProfiler.class);
        }
        return new ArrayList<>(new Runner(b.build()).run());
    }
}
