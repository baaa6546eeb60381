package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {
    @TempDir
    Path dir;

    @Test
    void oneHolderAtATimeAndTheLockIsReleasedOnClose() throws IOException {
        Path out = dir.resolve("new/out");
        try (FolderLock first = FolderLock.acquire(out, "compare")) {
            InputException busy = assertThrows(FolderLock.FolderBusyException.class,
                    () -> FolderLock.acquire(out, "run"));
            assertTrue(busy.getMessage().contains("another adoptsim command (process " + ProcessHandle.current().pid()
                    + ", compare) is writing this folder"), busy.getMessage());
        }
        try (FolderLock again = FolderLock.acquire(out, "run")) {
            assertTrue(Files.exists(out.resolve(FolderLock.FILE)));
        }
    }

    @Test
    void sweepNamesMustBeOnePlainPathComponent() {
        assertNull(OutputDirs.nameProblem("mandate-timing_2.v1"));
        for (String bad : new String[] {"", "../x", "a/b", "..", ".hidden", "-x", "a b", "x\u0000", "é".repeat(3),
            "a".repeat(101)}) {
            assertTrue(OutputDirs.nameProblem(bad) != null, bad);
        }
    }
}
