package org.adoptsim.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.adoptsim.cli.sweep.overrides.YamlScenarioFactory;
import org.adoptsim.core.config.Scenario;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question: how long does one sweep point, calibration particle or optimiser candidate take to turn its
 * overrides into a checked scenario ({@link YamlScenarioFactory#at}, the path those commands take before
 * any run)? Each invocation takes the next of {@value #POINTS} override sets, with values that differ, so
 * nothing but the parts the overrides leave alone can be reused.
 *
 * <p>{@code scenario}: {@code platform-migration} (the default 42 teams, written in the file) or
 * {@code enterprise-1000} (1,000 teams from three CSV files). {@code touches}: {@code rules} sets
 * attention and the platform's capacity (as most sweeps over the model's rules do); {@code organisation}
 * sets the median migration effort as well (as calibrating an organisation's attributes does), which
 * maps the organisation again, without its files. Average time per point, in microseconds. Run from the
 * repository root, or set {@code -Dadoptsim.root}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PointScenarioBenchmark {
    static final int POINTS = 64;

    @Param({"platform-migration", "enterprise-1000"})
    public String scenario;

    @Param({"rules", "organisation"})
    public String touches;

    private YamlScenarioFactory factory;
    private List<Map<String, Object>> points;
    private int next;

    @Setup
    public void setUp() {
        Path file = Setups.repositoryFile("scenarios/" + scenario + ".yaml");
        factory = new YamlScenarioFactory(file, file.getFileName().toString(), Map.of());
        String effort = scenario.equals("enterprise-1000") ? "organisation.attributes.effort.lognormal.median"
                : "organisation.attributes.effort.all.lognormal.median";
        points = new ArrayList<>();
        for (int p = 0; p < POINTS; p++) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("rules.decisions.attention", 0.3 + 0.01 * p);
            o.put("rules.platform.capacity", 100.0 + p);
            if (touches.equals("organisation")) {
                o.put(effort, 300.0 + 5 * p);
            }
            points.add(o);
        }
    }

    @Benchmark
    public Scenario point() {
        Map<String, Object> o = points.get(next);
        next = (next + 1) % POINTS;
        return factory.at(o);
    }
}
