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
}
