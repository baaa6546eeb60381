package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theTargetChangesOnlyOnCommit() throws IOException {
        Path target = dir.resolve("runs.csv");
        Files.writeString(target, "old complete file\n");
        try (AtomicFile f = AtomicFile.open(target)) {
            f.writer().write("new,content\n");
            f.writer().flush();
            assertEquals("old complete file\n", Files.readString(target), "unchanged while writing");
            assertEquals(2, listing().size(), "a temporary file beside it");
            assertTrue(listing().stream().anyMatch(p -> p.getFileName().toString().matches("\\.runs\\.csv\\..+\\.tmp")));
            f.commit();
        }
        assertEquals("new,content\n", Files.readString(target));
        assertEquals(List.of(target), listing(), "no temporary file left");
    }

    @Test
    void anAbandonedWriteLeavesTheOldFileAndNoTrace() throws IOException {
        Path target = dir.resolve("summary.csv");
        Files.writeString(target, "old\n");
        assertThrows(IOException.class, () -> AtomicFile.writeText(target, w -> {
            w.write("half a fi");
            throw new IOException("disk full");
        }));
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void anAbandonedNewFileIsNeverCreated() throws IOException {
        Path target = dir.resolve("sub/weekly.csv");
        try (AtomicFile f = AtomicFile.open(target)) {
            f.writer().write("partial");
        }
        assertFalse(Files.exists(target));
    }

    @Test
    void filesGetTheUsualPermissionsNotPrivateTempOnes() throws IOException {
        Path target = dir.resolve("report.md");
        AtomicFile.writeText(target, w -> w.write("# x\n"));
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertTrue(Files.getPosixFilePermissions(target).contains(PosixFilePermission.OWNER_READ));
            assertEquals(Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain"))),
                    Files.getPosixFilePermissions(target));
        }
    }

    @Test
    void commitTwiceIsAnError() throws IOException {
        try (AtomicFile f = AtomicFile.open(dir.resolve("a"))) {
            f.commit();
            assertThrows(IllegalStateException.class, f::commit);
        }
    }
}
