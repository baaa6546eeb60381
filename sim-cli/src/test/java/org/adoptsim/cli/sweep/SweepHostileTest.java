package org.adoptsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 for sweeps: a {@code name} that would put the output folder elsewhere is refused where it is
 * written, an odd {@code --out} is refused, and a damaged checkpoint is one line naming it, exit 1.
 */
class SweepHostileTest {
    static final String SWEEP = """
            strategies: [announce-and-hope]
            parameters:
              rules.platform.capacity: {range: {min: 60, max: 180}}
            design: {type: lhs, points: 6}
            replicates: 2
            seed: 3
            """;

    @TempDir
    Path tmp;

    @Test
    void aNameThatLeavesTheOutputFolderIsRefusedWhereItIsWritten() throws Exception {
        for (String name : new String[] {"../../../../tmp/x", "a/b", "..", ".hidden", "-x", "a b"}) {
            Path file = TestScenarios.sweepFile(tmp, "named.yaml", "name: \"" + name + "\"\n" + SWEEP);
            TestScenarios.Result r = TestScenarios.sweep(file.toString());
            assertEquals(2, r.code(), name);
            assertTrue(r.err().strip().matches(".*named\\.yaml:2:7: name: .*not usable as a folder name.*"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        assertFalse(Files.exists(Path.of("/tmp/x/manifest.json")) && Files.getLastModifiedTime(Path.of("/tmp/x"))
                .toMillis() > System.currentTimeMillis() - 60_000, "nothing was written outside out/");
    }

    @Test
    void aFileWithVeryManyParametersIsReadInLinearTime() throws Exception {
        // 150,000 keys under parameters: each key's location used to be looked up by a scan of the whole
        // mapping, about 6 minutes in all (32,000 keys took 17 s); read by key it takes seconds.
        StringBuilder text = new StringBuilder("parameters:\n");
        for (int i = 0; i < 150_000; i++) {
            text.append("  p").append(i).append(": [1]\n");
        }
        Path file = TestScenarios.sweepFile(tmp, "wide.yaml", text.toString());
        long start = System.nanoTime();
        TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", tmp.resolve("wide").toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("wide.yaml:3:3: parameters.p0: "), r.err());
        assertTrue(seconds < 40, "took " + seconds + " s");
    }

    @Test
    void anEmptyOutIsRefused() throws Exception {
        Path file = TestScenarios.sweepFile(tmp, "s.yaml", SWEEP);
        TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", "");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("--out: an empty folder name"), r.err());
    }

    @Test
    void aDamagedCheckpointIsOneLineNamingItExit1() throws Exception {
        Path file = TestScenarios.sweepFile(tmp, "s.yaml", SWEEP);
        Path dir = tmp.resolve("out");
        assertEquals(0, TestScenarios.sweep(file.toString(), "--out", dir.toString(), "--limit", "2").code());
        Files.writeString(dir.resolve("checkpoint.json"), "garbage");
        TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", dir.toString(), "--resume");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("sweep: ")).count(), r.err());
        assertTrue(r.err().contains("checkpoint.json") && !r.err().contains("internal error"), r.err());
    }

    @Test
    void anOutUnderAFileIsOneLineNamingThePathExit1() throws Exception {
        Path file = TestScenarios.sweepFile(tmp, "s.yaml", SWEEP);
        Path aFile = Files.writeString(tmp.resolve("a-file"), "x");
        TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", aFile.resolve("sub").toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("sweep: ")).count(), r.err());
        assertTrue(r.err().contains(aFile.resolve("sub").toString()) && !r.err().contains("internal error"), r.err());
    }
    @Test
    void anOutThatIsALinkToNothingIsOneLineNamingTheLinkExit2() throws Exception {
        Path file = TestScenarios.sweepFile(tmp, "s.yaml", SWEEP);
        Path link = Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("gone"));
        TestScenarios.Result r = TestScenarios.sweep(file.toString(), "--out", link.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("--out: '" + link + "' is a link to '" + tmp.resolve("gone") + "', which does not exist; create"
                + " that folder, or name another", r.err().strip());
        assertFalse(Files.exists(tmp.resolve("gone")));
    }
}
