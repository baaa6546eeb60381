package org.adoptsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** merge refuses what is not one complete set of shards of one sweep, and says what is wrong. */
class MergeCommandTest {
    static final String SWEEP = """
            strategies: [earned]
            parameters:
              strategies.earned.coalition.size: [1, 2, 3, 4, 5, 6]
            replicates: 1
            """;

    @TempDir
    static Path tmp;
    static Path file;

    @BeforeAll
    static void shards() throws IOException {
        file = TestScenarios.sweepFile(tmp, "m.yaml", SWEEP);
        for (int k = 1; k <= 3; k++) {
            assertEquals(0, TestScenarios.sweep(file.toString(), "--out", dir(k), "--shard", k + "/3").code());
        }
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", tmp.resolve("part2").toString(), "--shard", "2/3",
                "--limit", "4").code());
        Path other = TestScenarios.sweepFile(tmp.resolve("o"), "m.yaml", SWEEP.replace("replicates: 1", "replicates: 2"));
        assertEquals(0, TestScenarios.sweep(other.toString(), "--out", tmp.resolve("foreign").toString(), "--shard",
                "3/3").code());
    }

    static String dir(int k) {
        return tmp.resolve("shard" + k).toString();
    }

    static void refused(String expected, String... args) {
        TestScenarios.Result r = TestScenarios.merge(args);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void saysWhichShardsAreMissing() {
        refused("has 3 shards; missing: 2/3", dir(1), dir(3), "--out", tmp.resolve("o1").toString());
    }

    @Test
    void refusesAShardGivenTwice() {
        refused("shard 1/3 is given twice", dir(1), dir(1), dir(2), dir(3), "--out", tmp.resolve("o2").toString());
    }

    @Test
    void refusesShardsOfAnotherSweep() {
        refused("holds a different sweep", dir(1), dir(2), tmp.resolve("foreign").toString(), "--out",
                tmp.resolve("o3").toString());
    }

    @Test
    void refusesShardsSplitDifferently() {
        refused("was split differently", dir(1), tmp.resolve("part2").toString(), dir(3), "--out",
                tmp.resolve("o4").toString());
    }

    @Test
    void anOutUnderAFileIsOneLineWithTheReasonAndNoDoubledPrefix() throws IOException {
        Path aFile = java.nio.file.Files.writeString(tmp.resolve("a-file"), "x");
        TestScenarios.Result r = TestScenarios.merge(dir(1), dir(2), dir(3), "--out", aFile.resolve("sub").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().strip().endsWith("cannot lock " + aFile.resolve("sub") + ": Not a directory: "
                + aFile.resolve("sub")), r.err());
        assertTrue(!r.err().contains("merge: merge:") && r.err().strip().lines().count() == 1, r.err());
    }

    @Test
    void quietMergesWithoutAWord() {
        TestScenarios.Result r = TestScenarios.merge(dir(1), dir(2), dir(3), "--out", tmp.resolve("quiet").toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out() + r.err(), "-q prints no summary, as for sweep and compare");
        assertTrue(java.nio.file.Files.exists(tmp.resolve("quiet/manifest.json")));
    }

    @Test
    void refusesAnOccupiedTarget() {
        refused("is not empty", dir(1), dir(2), dir(3), "--out", dir(1));
    }

    @Test
    void refusesAShardWhoseTableWasCutShortOrEdited() throws IOException {
        // A shard copied back from a cluster node in part used to merge under a complete manifest, with fewer
        // rows than the points it claims; analyze then failed on the merged folder, quoting its cells.
        Path cut = copy(Path.of(dir(2)), tmp.resolve("cut2"));
        String runs = Files.readString(cut.resolve("runs.csv"));
        Files.writeString(cut.resolve("runs.csv"), runs.substring(0, runs.length() / 2));
        refused("shard 2/3 (" + cut + "): runs.csv does not match its manifest.json", dir(1), cut.toString(), dir(3),
                "--out", tmp.resolve("o6").toString());
        assertFalse(Files.exists(tmp.resolve("o6")), "nothing is written");
        Path edited = copy(Path.of(dir(3)), tmp.resolve("edited3"));
        Files.writeString(edited.resolve("points.csv"), Files.readString(edited.resolve("points.csv")) + "SECRET\n");
        TestScenarios.Result r = TestScenarios.merge(dir(1), dir(2), edited.toString(), "--out",
                tmp.resolve("o7").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("points.csv does not match its manifest.json") && !r.err().contains("SECRET"),
                r.err());
    }

    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    @Test
    void refusesADirectoryThatIsNoSweep() {
        refused("not a sweep directory", dir(1), tmp.toString(), "--out", tmp.resolve("o5").toString());
    }
}
