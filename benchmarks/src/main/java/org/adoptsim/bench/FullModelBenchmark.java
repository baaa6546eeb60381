package org.adoptsim.bench;

import java.util.concurrent.TimeUnit;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.WeekObserver;
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
 * Question: how many complete 104-week runs of the default 42-team scenario does one core do per
 * second, for each strategy preset (and {@link Setups#allLevers()}, which switches on every lever)?
 *
 * <p>One operation = one {@link Simulation#run} keeping only the metrics ({@code RunDetail.METRICS}, what
 * a sweep keeps), on the organisation of the next of {@value #ORGS} replicates, drawn in the set-up and cycled through so
 * the branch predictor cannot learn one run. Org drawing is excluded here (a sweep draws one org per
 * replicate and runs every strategy on it: see {@link ReplicateBenchmark} for that end-to-end cost).
 * {@code -p distinct=1} draws all {@value #ORGS} from replicate 0 instead: the same memory touched, but
 * every run identical, which shows how much of a run's time goes to the branches its randomness makes
 * unpredictable (benchmarks/README.md, "Issue 19, fifth round").
 * The score is runs per second (ops/s); the target is 40,000 runs/s per core for the slowest preset (issue 19; issue 6 asked 20,000).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FullModelBenchmark {
    static final int ORGS = 64;

    @Param({"announce-and-hope", "earned", "mandate-early", "earn-then-mandate", "pure-mandate", Setups.ALL_LEVERS})
    public String strategy;

    /** How many distinct replicates the {@value #ORGS} organisations come from (1 or {@value #ORGS}). */
    @Param({"64"})
    public int distinct;

    private Scenario scenario;
    private Rules rules;
    private Strategy chosen;
    private Simulation[] sims;
    private RandomStreams[] streams;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        scenario = Scenario.defaults();
        rules = scenario.rules();
        chosen = Setups.strategy(strategy);
        sims = new Simulation[ORGS];
        streams = new RandomStreams[ORGS];
        for (int r = 0; r < ORGS; r++) {
            streams[r] = new RandomStreams(scenario.run().seed(), r % distinct);
            sims[r] = new Simulation(OrgFactory.draw(scenario.organisation(), streams[r]));
        }
    }

    @Benchmark
    public RunResult run() {
        int r = next;
        next = (r + 1) % ORGS;
        return sims[r].run(rules, chosen, streams[r], scenario.run().weeks(), RunDetail.METRICS, WeekObserver.NONE);
    }
}
