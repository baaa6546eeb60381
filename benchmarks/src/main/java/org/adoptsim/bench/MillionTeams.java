package org.adoptsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import org.adoptsim.core.result.RunDetail;
import org.adoptsim.core.result.RunResult;
import org.adoptsim.core.result.WeekObserver;

/**
 * Question (issue 19): does a 1,000,000-team sparse organisation run 104 weeks within 1 GB of heap?
 *
 * <p>One replicate of the default scenario grown to {@code teams} teams ({@link Setups#scaled}) on an
 * Erdős–Rényi influence network of mean degree 10, with every lever of {@link Setups#allLevers()}: the
 * organisation is drawn, then {@link Simulation#run} runs the scenario's 104 weeks and builds its result,
 * as one replicate of {@code run} does. Run it under the limit it checks, e.g. {@code java -Xmx1g -cp
 * benchmarks.jar org.adoptsim.bench.MillionTeams}: an {@link OutOfMemoryError} is the answer "no". It
 * prints the heap limit, the peak heap used (the sum over the heap pools of each pool's peak, an upper
 * bound on the peak at any one moment), and the wall and thread CPU time of the draw and of the run. Not a
 * JMH benchmark: whether it fits is a quantity, and one run of this size takes seconds.
 */
public final class MillionTeams {
    private MillionTeams() {
    }

    public static void main(String[] args) {
        int teams = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Scenario sc = Setups.scaled(teams);
        var spec = sc.organisation().withNetwork(new NetworkSpec.ErdosRenyi(10));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        RandomStreams streams = new RandomStreams(sc.run().seed(), 0);
        long w0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        Org org = OrgFactory.draw(spec, streams);
        long w1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        RunResult result = new Simulation(org).run(sc.rules(), Setups.allLevers(), streams, sc.run().weeks(),
                RunDetail.TEAMS, WeekObserver.NONE);
        long w2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("teams %d, ties %d, weeks %d, heap limit %d MiB, peak heap used %d MiB%n", teams,
                org.network().entries() / 2, sc.run().weeks(), Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        System.out.printf("draw %.0f ms wall, %.0f ms CPU; run %.0f ms wall, %.0f ms CPU; final started share %.3f, adopted share %.3f%n",
                (w1 - w0) / 1e6, (c1 - c0) / 1e6, (w2 - w1) / 1e6, (c2 - c1) / 1e6, result.metrics().finalStartedShare(), result.metrics().finalAdoptedShare());
    }
}
