package org.adoptsim.cli.sweep;

import org.adoptsim.cli.output.ManifestCheck;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results do not depend on how a sweep is executed: thread count, shard split and the merge of shards
 * give tables identical byte for byte to a single-threaded, unsharded run, in CSV and in Parquet.
 */
class SweepInvarianceTest {
    static final String GRID = """
            strategies: [earned, earn-then-mandate]
            parameters:
              strategies.earn-then-mandate.mandate.atShare: [0.5, 0.7, 0.9]
              strategies.earned.coalition.size: {range: {min: 2, max: 8, steps: 3}, integer: true}
            replicates: 3
            seed: 7
            metrics: [final_done_share, weeks_to_90, mean_resentment, total_hours]
            """;

    @TempDir
    static Path tmp;
    static Path file;
    static Path reference;

    @BeforeAll
    static void runReference() throws IOException {
        file = TestScenarios.sweepFile(tmp, "grid.yaml", GRID);
        reference = tmp.resolve("ref");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", reference.toString(), "--threads", "1").code());
    }

    @Test
    void referenceHasOneRowPerRunAndPerPointStrategy() throws IOException {
        List<String> runs = Files.readAllLines(reference.resolve("runs.csv"));
        List<String> points = Files.readAllLines(reference.resolve("points.csv"));
        assertEquals(1 + 9 * 3 * 2, runs.size());
        assertEquals(1 + 9 * 2, points.size());
        assertEquals("point,replicate,strategy,strategies.earn-then-mandate.mandate.atShare,"
                + "strategies.earned.coalition.size,final_done_share,weeks_to_90,mean_resentment,total_hours", runs.get(0));
        assertTrue(runs.get(1).startsWith("0,0,earned,0.5,2,"), runs.get(1));
        assertTrue(runs.get(runs.size() - 1).startsWith("8,2,earn-then-mandate,0.9,8,"), runs.get(runs.size() - 1));
    }

    @Test
    void threadCountDoesNotChangeABit() throws IOException {
        Path three = tmp.resolve("threads3");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", three.toString(), "--threads", "3").code());
        assertSameTables(reference, three, "csv");
    }

    @Test
    void mergedShardsEqualTheUnshardedSweep() throws IOException {
        for (int k = 1; k <= 4; k++) {
            TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", tmp.resolve("shard" + k).toString(),
                    "--shard", k + "/4", "--threads", "2");
            assertEquals(0, r.code(), r.err());
        }
        String[] seconds = {"0.1", "0.2", "0", "0"}; // summed as doubles: 0.30000000000000004
        for (int k = 1; k <= 4; k++) {
            Path manifest = tmp.resolve("shard" + k).resolve("manifest.json");
            Files.writeString(manifest, Files.readString(manifest)
                    .replaceFirst("(\"elapsedSeconds\"\\s*:\\s*)[0-9.Ee+-]+", "$1" + seconds[k - 1]));
        }
        Path merged = tmp.resolve("merged");
        TestScenarios.Result m = TestScenarios.merge(tmp.resolve("shard3").toString(), tmp.resolve("shard1").toString(),
                tmp.resolve("shard4").toString(), tmp.resolve("shard2").toString(), "--out", merged.toString());
        assertEquals(0, m.code(), m.err());
        assertTrue(m.err().contains("' into " + merged + "; next: adoptsim analyze " + merged), m.err());
        assertSameTables(reference, merged, "csv");
        var read = ManifestCheck.check(merged, "merge", "sweep");
        assertEquals(java.util.Set.of("runs.csv", "points.csv"), read.files().keySet());
        assertEquals(ManifestCheck.check(reference, "sweep", "sweep").files(), read.files(),
                "the merged files are the whole sweep's, byte for byte");
        assertTrue(Files.readString(merged.resolve("manifest.json"))
                .matches("(?s).*\"elapsedSeconds\"\\s*:\\s*0\\.3\\b.*"),
                "the shards' seconds add up to the millisecond, as every manifest writes them");
    }

    @Test
    void parquetIsAlsoInvariantAndHoldsTheSameValues() throws IOException {
        Path whole = tmp.resolve("pq-whole");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", whole.toString(), "--format", "parquet",
                "--threads", "3").code());
        for (int k = 1; k <= 2; k++) {
            assertEquals(0, TestScenarios.sweep(file.toString(), "--out", tmp.resolve("pq" + k).toString(), "--format",
                    "parquet", "--shard", k + "/2", "--threads", "1").code());
        }
        Path merged = tmp.resolve("pq-merged");
        assertEquals(0, TestScenarios.merge(tmp.resolve("pq1").toString(), tmp.resolve("pq2").toString(), "--out",
                merged.toString()).code());
        assertSameTables(whole, merged, "parquet");
        assertEquals(Files.readAllLines(reference.resolve("runs.csv")).subList(1, 55),
                ParquetRows.asCsvLines(whole.resolve("runs.parquet")));
        assertEquals(Files.readAllLines(reference.resolve("points.csv")).subList(1, 19),
                ParquetRows.asCsvLines(whole.resolve("points.parquet")));
        assertTrue(Files.notExists(whole.resolve("runs.csv")), "the CSV journal is removed after the export");
    }

    static void assertSameTables(Path a, Path b, String format) throws IOException {
        for (String t : List.of("runs", "points")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(t + "." + format)), Files.readAllBytes(b.resolve(t + "." + format)),
                    t + "." + format + " differs between " + a.getFileName() + " and " + b.getFileName());
        }
    }
}
