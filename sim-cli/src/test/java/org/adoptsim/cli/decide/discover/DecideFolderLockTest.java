package org.adoptsim.cli.decide.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.compare.TestCli;
import org.adoptsim.cli.output.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** discover and optimise, like every other command that writes a folder, refuse one another writer holds. */
class DecideFolderLockTest {
    @TempDir
    Path tmp;

    @Test
    void discoverRefusesAFolderAnotherWriterHolds() throws Exception {
        Path sweep = tmp.resolve("sweep");
        TestCli s = new TestCli();
        assertEquals(0, s.execute("sweep", "../scenarios/sweeps/verdict-robustness.yaml", "--out", sweep.toString(),
                "--limit", "20", "--replicates", "2", "--threads", "1", "--quiet"), s.err.toString());
        Path out = tmp.resolve("boxes");
        try (FolderLock held = FolderLock.acquire(out, "test")) {
            TestCli d = new TestCli();
            assertEquals(2, d.execute("discover", sweep.toString(), "--cases", "points", "--charts", "none",
                    "--out", out.toString(), "--when", "effort <= 400"));
            String err = d.err.toString().strip();
            assertFalse(err.contains("\n"), err);
            assertTrue(err.contains(out.getFileName().toString()), err);
            assertFalse(Files.exists(out.resolve("boxes.csv")), "nothing written beside the other writer");
        }
    }

    @Test
    void optimiseRefusesAnEmptyOrBlankOut() {
        TestCli o = new TestCli();
        assertEquals(2, o.execute("optimise", "../scenarios/platform-migration.yaml", "--lever",
                "strategies.earn-then-mandate.coalition.size=2|5", "--out", " "));
        assertFalse(o.err.toString().strip().contains("\n"), o.err.toString());
    }
}
