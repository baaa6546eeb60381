package org.adoptsim.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.kernel.CascadeResult;
import org.adoptsim.core.kernel.ThresholdCascade;
import org.adoptsim.core.kernel.Update;
import org.adoptsim.core.org.Graph;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Question: how fast is the pure threshold cascade ({@link ThresholdCascade}: Watts' rule, local
 * visibility, zero effort) on large graphs, with each update method?
 *
 * <p>One operation = one cascade run to its end (until a round adopts nobody) from 1 % seeds, on a
 * graph and thresholds fixed in the set-up: {@code er-100k} / {@code er-1m} are Erdős–Rényi graphs of
 * 100,000 / 1,000,000 nodes with mean degree 10, {@code ws-100k} a Watts–Strogatz ring of 100,000 with
 * k = 10 and rewiring 0.1. Thresholds: {@code 0.25} gives every node θ = 0.25 (a short cascade that
 * stops near the seeds: the Watts window for degree 10 is far below 0.25); {@code u0.1-0.3} draws θ
 * uniformly in [0.1, 0.3] (a slow global cascade, 20+ rounds, where small frontiers favour the
 * incremental update). Four seed sets are cycled so no single cascade is learnt. The run includes
 * resetting the O(n) state; computing the integer requirements from θ is in the set-up.
 *
 * <p>How to read it: the score is cascades per second. The auxiliary counters are rates over the
 * same measured time: {@code agentUpdates} = nodes × rounds (the model's work: every agent updated
 * once per synchronous round, whether or not the algorithm had to look at it — the figure for
 * "agent-updates per second"); {@code evaluations} = threshold rules the algorithm actually
 * evaluated; {@code edgeVisits} = adjacency entries it actually read. A sweep evaluates every
 * non-adopter and reads every entry each round, so its evaluations and edge visits per second are its
 * raw throughput (the targets: 8×10⁷ and 8×10⁸ at 100,000 nodes); an incremental round reads only the
 * frontier's rows, so it needs far fewer of both per agent-update, at a higher cost per entry (random
 * updates). {@code ADAPTIVE} is what a user should run; its {@code agentUpdates} is the speed of the model.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ThresholdKernelBenchmark {
    private static final int SEED_SETS = 4;

    @Param({"er-100k", "er-1m", "ws-100k"})
    public String graph;

    @Param({"0.25", "u0.1-0.3"})
    public String thresholds;

    @Param({"SWEEP", "INCREMENTAL", "ADAPTIVE"})
    public Update update;

    private ThresholdCascade kernel;
    private int[][] seeds;
    private int next;

    /** Work done, reported per second of measured time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        public long agentUpdates;
        public long evaluations;
        public long edgeVisits;
    }

    @Setup(Level.Trial)
    public void setUp() {
        Graph g = graph(graph);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(2002L);
        kernel = new ThresholdCascade(g);
        kernel.thresholds(thresholds(thresholds, g.nodes(), rng));
        seeds = new int[SEED_SETS][];
        for (int s = 0; s < SEED_SETS; s++) {
            int[] order = PermutationSampler.natural(g.nodes());
            PermutationSampler.shuffle(rng, order);
            seeds[s] = Arrays.copyOf(order, g.nodes() / 100);
        }
    }

    static Graph graph(String name) {
        return switch (name) {
            case "er-100k" -> draw(100_000, new NetworkSpec.ErdosRenyi(10));
            case "er-1m" -> draw(1_000_000, new NetworkSpec.ErdosRenyi(10));
            case "ws-100k" -> draw(100_000, new NetworkSpec.WattsStrogatz(10, 0.1));
            default -> throw new IllegalArgumentException("graph: unknown '" + name + "'");
        };
    }

    private static Graph draw(int n, NetworkSpec spec) {
        Organisation o = Organisation.defaults().withTeams(n).withNetwork(spec)
                .withDependencies(new DependencySpec.None());
        return OrgFactory.draw(o, new RandomStreams(2002, 0)).network();
    }

    static double[] thresholds(String name, int n, UniformRandomProvider rng) {
        double[] theta = new double[n];
        switch (name) {
            case "0.25" -> Arrays.fill(theta, 0.25);
            case "u0.1-0.3" -> Arrays.setAll(theta, i -> 0.1 + 0.2 * rng.nextDouble());
            default -> throw new IllegalArgumentException("thresholds: unknown '" + name + "'");
        }
        return theta;
    }

    @Benchmark
    public CascadeResult cascade(Work work) {
        int s = next;
        next = (s + 1) % SEED_SETS;
        CascadeResult r = kernel.run(seeds[s], update, Integer.MAX_VALUE);
        work.agentUpdates += (long) kernel.nodes() * r.rounds();
        work.evaluations += r.evaluations();
        work.edgeVisits += r.edgeVisits();
        return r;
    }
}
