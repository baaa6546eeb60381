package org.adoptsim.bench;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.core.org.Graph;

/**
 * Writes {@link CascadeCase}'s arrays for the C reference (benchmarks/reference/cascade.c), so that C and
 * the engine run the cascade over the same graph, thresholds and seeds, and C can check it ends where the
 * engine does. The file is little-endian: the int32 header {@code n, entries, rounds, done, seeds}, then
 * the CSR offsets (n + 1 int32), the neighbour lists (entries int32), the thresholds (n float64) and the
 * seed teams (int32).
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.adoptsim.bench.CascadeReference FILE}; prints the header.
 */
public final class CascadeReference {
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
        System.out.printf("teams %d, ties %d, rounds %d, done %d, seeds %d%n", n, entries / 2, c.weeks(), c.done(),
                seeds.length);
    }

    private static void ints(DataOutputStream out, int... values) throws IOException {
        for (int v : values) {
            out.writeInt(Integer.reverseBytes(v));
        }
    }
}
