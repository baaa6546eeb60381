package org.adoptsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep retains nothing per run: run in a child JVM with a 48 MiB heap, the heap left after full
 * collections (its floor, without what happens to be in flight) stays flat while 60,000 runs stream
 * through — keeping a result object, a row or a metrics array per run adds 60 bytes or more per run;
 * the test allows 40. The floor moves by up to about half a megabyte for reasons unrelated to the run
 * count (warm-up, buffers reaching their working size), which over 20,000 runs once measured 45 bytes
 * per run; 60,000 runs keep that noise near 15. A flat floor is what lets a million-run sweep fit in 512 MiB.
 */
class BoundedMemoryTest {
    static final String SWEEP = """
            set:
              run.weeks: 26
            parameters:
              rules.platform.capacity: {range: {min: 60, max: 180}}
              rules.decisions.attention: {range: {min: 0.3, max: 0.9}}
            design: {type: lhs, points: 12000}
            replicates: 1
            """;
    static final long RUNS = 12000 * 5;

    @TempDir
    Path tmp;

    @Test
    void retainedHeapDoesNotGrowWithRuns() throws Exception {
        Path file = TestScenarios.sweepFile(tmp, "long.yaml", SWEEP);
        Path log = tmp.resolve("probe.log");
        Process p = ChildJvm.start(MemoryProbe.class, List.of("-Xmx48m", "-XX:+UseSerialGC"), log,
                tmp.resolve("out").toString(), file.toString(), "--threads", "2", "--checkpoint-seconds", "0.05");
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the sweep finished");
        List<String> lines = Files.readAllLines(log);
        assertEquals(0, p.exitValue(), String.join("\n", lines));
        List<long[]> samples = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("sample ")) {
                String[] f = l.split(" ");
                samples.add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        long early = floor(samples, RUNS / 10, RUNS * 35 / 100);
        long late = floor(samples, RUNS * 65 / 100, RUNS);
        double perRun = (late - early) / (RUNS * 0.55);
        assertTrue(perRun < 40, "retained heap grows by " + perRun + " bytes per run (early " + early + ", late "
                + late + ")");
    }

    /** The lowest heap after a full collection between two progress marks: what stays, without what is in flight. */
    private static long floor(List<long[]> samples, long fromRuns, long toRuns) {
        List<Long> heap = new ArrayList<>();
        for (long[] s : samples) {
            if (s[0] >= fromRuns && s[0] <= toRuns) {
                heap.add(s[1]);
            }
        }
        assertTrue(heap.size() >= 3, "enough samples between " + fromRuns + " and " + toRuns + " runs: " + heap.size());
        heap.sort(null);
        return heap.get(0);
    }
}
