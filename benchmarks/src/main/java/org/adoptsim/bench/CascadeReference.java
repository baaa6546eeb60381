package org.adoptsim.bench;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.adoptsim.core.engine.Simulation;
import org.adoptsim.core.org.Graph;

/**
 * Writes {@link CascadeCase}'s arrays for the C reference (benchmarks/reference/cascade.c), so that C and
 * the engine run the cascade over the same graph, thresholds and seeds, and C can check it ends where the
 * engine does. The file is little-endian: the int32 header {@code n, entries, rounds, done, seeds}, then
 * the CSR offsets (n + 1 int32), the neighbour lists (entries int32), the thresholds (n float64) and the
 * seed teams (int32).
 *
 * <p>Then, as a cross-check of {@link CascadeBenchmark} that other processes on the machine disturb
 * less, it times the engine's run in thread CPU time (as {@link CpuTimeCheck} does; the C reference does
 * the same): {@value #WARMUP} runs to warm up, then the median and best of {@value #TIMED}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.adoptsim.bench.CascadeReference FILE}; prints the header
 * and the two times, one {@code name value} per line.
 */
public final class CascadeReference {
    private static final int WARMUP = 15;
    private static final int TIMED = 15;

    private CascadeReference() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CascadeReference FILE");
            System.exit(2);
        }
        CascadeCase c = new CascadeCase();
        Graph g = c.org.network();
        int n = g.nodes();
        int[] offsets = g.offsetsView();
        int[] targets = g.targetsView();
        int entries = g.entries();
        int[] seeds = c.seeds();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])),
                1 << 16))) {
            ints(out, n, entries, c.weeks(), c.done(), seeds.length);
            for (int i = 0; i <= n; i++) {
                ints(out, offsets[i]);
            }
            for (int e = 0; e < entries; e++) {
                ints(out, targets[e]);
            }
            ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < n; i++) {
                b.clear();
                out.write(b.putDouble(c.org.threshold(i)).array());
            }
            ints(out, seeds);
        }
        System.out.printf("teams %d%nties %d%nrounds %d%ndone %d%nseeds %d%n", n, entries / 2, c.weeks(), c.done(),
                seeds.length);
        cpuTimes(c);
    }

    private static void cpuTimes(CascadeCase c) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Simulation sim = new Simulation(c.org);
        long check = 0;
        for (int i = 0; i < WARMUP; i++) {
            check += c.run(sim).metrics().teams();
        }
        long[] nanos = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            check += c.run(sim).metrics().teams();
            nanos[i] = mx.getCurrentThreadCpuTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "java_cpu_ms_median %.3f%njava_cpu_ms_best %.3f%n", nanos[TIMED / 2] / 1e6,
                nanos[0] / 1e6);
        if (check == 42) {
            System.out.println();
        }
    }

    private static void ints(DataOutputStream out, int... values) throws IOException {
        for (int v : values) {
            out.writeInt(Integer.reverseBytes(v));
        }
    }
}
