package org.adoptsim.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.adoptsim.cli.calibrate.AbcSettings;
import org.adoptsim.cli.calibrate.AbcSmc;
import org.adoptsim.cli.calibrate.Population;
import org.adoptsim.cli.calibrate.Prior;
import org.adoptsim.cli.calibrate.Priors;
import org.adoptsim.cli.calibrate.ScenarioModel;
import org.adoptsim.cli.calibrate.Summaries;
import org.adoptsim.cli.calibrate.posterior.FitParameter;
import org.adoptsim.cli.calibrate.posterior.ParameterPaths;
import org.adoptsim.cli.history.HistoryReader;
import org.adoptsim.cli.history.MigrationLog;
import org.adoptsim.cli.scenario.input.TextFile;
import org.adoptsim.cli.sweep.overrides.YamlScenarioFactory;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Question: how long does {@code adoptsim calibrate} take to fit four parameters of the default
 * scenario (effort and gain medians, attention, blocker rate) to a 42-team log — the worked example of
 * docs/calibration.md, scenarios/acme-today, cutoff week 40 — with the command's defaults (500
 * particles, up to 8 generations) on 2 threads? Target: at most 60 s. One invocation is one whole fit
 * (single shot); the tear-down prints the runs per second and the effective sample size of the last
 * fit. Run from the repository root (it reads scenarios/acme-today), or set {@code -Dadoptsim.root}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class CalibrationBenchmark {
    @Param({"2"})
    public int threads;

    private AbcSmc abc;
    private Population last;
    private long nanos;

    @Setup
    public void setUp() {
        Path scenario = Setups.repositoryFile("scenarios/acme-today/acme-calibrate.yaml");
        MigrationLog log = new HistoryReader(null, null).read(Setups.repositoryFile("scenarios/acme-today/acme-log.csv"), "acme-log.csv");
        List<FitParameter> params = ParameterPaths.resolve(YamlTreeReader.read(TextFile.read(scenario, "acme-calibrate.yaml",
                1 << 20, null, ""), "acme-calibrate.yaml", YamlLimits.defaults()), List.of("organisation.attributes.effort.median",
                "rules.decisions.attention", "rules.platform.blockerRate", "organisation.attributes.gain.median"));
        Priors.Given priors = Priors.read(params, null, null);
        Prior prior = priors.prior();
        int cutoff = 40;
        ScenarioModel model = new ScenarioModel(new YamlScenarioFactory(scenario, "acme-calibrate.yaml", Map.of()), params,
                priors, "earned", cutoff);
        MigrationLog seen = log.upTo(cutoff);
        abc = new AbcSmc(model, prior, Summaries.of(seen.start(), seen.done(), cutoff),
                AbcSettings.defaults().withThreads(threads).withSeed(42));
    }

    @Benchmark
    public Population fit() throws InterruptedException {
        long t0 = System.nanoTime();
        List<Population> gens = abc.run(p -> { });
        nanos = System.nanoTime() - t0;
        last = gens.get(gens.size() - 1);
        return last;
    }

    @TearDown
    public void report() {
        if (last != null) {
            System.out.printf("%n# calibration: %d runs in %.1f s = %.0f runs/s, %d generations, ESS %.0f of %d%n",
                    last.totalSimulations(), nanos / 1e9, last.totalSimulations() / (nanos / 1e9),
                    last.generation() + 1, last.ess(), last.u().length);
        }
    }
}
