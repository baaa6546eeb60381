package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncBatchTest {
    @TempDir
    Path tmp;

    @Test
    void commitsUnderTheFolderWaitForTheBatchAndOthersSyncThemselves() throws IOException {
        Path dir = tmp.resolve("out");
        try (SyncBatch batch = SyncBatch.open(dir)) {
            AtomicFile.writeText(dir.resolve("a.csv"), w -> w.write("a\n"));
            AtomicFile.writeText(dir.resolve("charts/b.png"), w -> w.write("b"));
            AtomicFile.writeText(dir.resolve("a.csv"), w -> w.write("a2\n"));
            AtomicFile.writeText(tmp.resolve("elsewhere.txt"), w -> w.write("c"));
            assertSame(batch, SyncBatch.covering(dir.resolve("charts/b.png")));
            assertNull(SyncBatch.covering(tmp.resolve("elsewhere.txt")));
            assertEquals(2, batch.pending());
            batch.syncAll();
            assertEquals(0, batch.pending());
            assertEquals("a2\n", Files.readString(dir.resolve("a.csv"), StandardCharsets.UTF_8));
        }
        assertNull(SyncBatch.covering(dir.resolve("a.csv")));
    }

    @Test
    void oneBatchPerFolderTree() {
        try (SyncBatch outer = SyncBatch.open(tmp.resolve("x"))) {
            assertThrows(IllegalStateException.class, () -> SyncBatch.open(tmp.resolve("x/charts")));
            assertThrows(IllegalStateException.class, () -> SyncBatch.open(tmp));
        }
        SyncBatch.open(tmp.resolve("x")).close();
    }

    @Test
    void aMissingFileFailsTheSync() throws IOException {
        Path dir = tmp.resolve("gone");
        try (SyncBatch batch = SyncBatch.open(dir)) {
            AtomicFile.writeText(dir.resolve("a.csv"), w -> w.write("a\n"));
            Files.delete(dir.resolve("a.csv"));
            assertThrows(IOException.class, batch::syncAll);
        }
    }
}
