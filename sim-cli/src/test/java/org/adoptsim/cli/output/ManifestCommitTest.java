package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest is written only when every file it lists is in place: a full disk never leaves complete: true. */
class ManifestCommitTest {
    @TempDir
    Path dir;

    private Manifest manifest(Map<String, String> files, List<String> generated) {
        Map<String, Manifest.FileEntry> entries = new java.util.LinkedHashMap<>();
        files.forEach((name, sha) -> entries.put(name, new Manifest.FileEntry(size(name), sha)));
        return Manifest.builder().toolVersion("test").command("compare")
                .scenario(new Manifest.ScenarioInfo("s", 3, "s.yaml", "00", List.of(), null)).seed(1L).replicates(2)
                .files(entries).generated(generated)
                .section(new Comparison(4, 2, List.of("a"), "a", List.of("png"), null).section())
                .execution(new Manifest.Execution("adoptsim compare s.yaml", "/w", 1, "t0", "t1", 0.0, "17", "linux"))
                .build();
    }

    private long size(String name) {
        try {
            return Files.exists(dir.resolve(name)) ? Files.size(dir.resolve(name)) : 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void writesTheManifestWhenEveryFileIsThere() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        Files.writeString(dir.resolve("runs.csv"), "a\n");
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/x.png"), "png");
        ManifestCommit.commit(out, manifest(Map.of("runs.csv", Sha256.of(dir.resolve("runs.csv"))),
                List.of("charts/x.png")));
        assertTrue(out.manifest().orElseThrow().complete());
    }

    @Test
    void aSizeUnknownFromAFormatOneManifestIsFilledInOnceTheHashMatches() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        Files.writeString(dir.resolve("runs.csv"), "a,b\n");
        Manifest m = manifest(Map.of(), List.of()).toBuilder()
                .files(Map.of("runs.csv", new Manifest.FileEntry(-1, Sha256.of(dir.resolve("runs.csv"))))).build();
        ManifestCommit.commit(out, m);
        assertEquals(4, out.manifest().orElseThrow().files().get("runs.csv").bytes());
        Manifest wrong = m.toBuilder().files(Map.of("runs.csv", new Manifest.FileEntry(-1, "00"))).build();
        assertThrows(IOException.class, () -> ManifestCommit.commit(out, wrong), "the hash is still checked");
    }

    @Test
    void aMissingOrEmptyChartOrAChangedTableMeansNoManifest() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        Files.writeString(dir.resolve("runs.csv"), "a\n");
        String hash = Sha256.of(dir.resolve("runs.csv"));
        IOException missing = assertThrows(IOException.class, () -> ManifestCommit.commit(out,
                manifest(Map.of("runs.csv", hash), List.of("charts/x.png"))));
        assertTrue(missing.getMessage().contains("charts/x.png") && missing.getMessage().contains("missing"));
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/x.png"), "");
        IOException empty = assertThrows(IOException.class, () -> ManifestCommit.commit(out,
                manifest(Map.of("runs.csv", hash), List.of("charts/x.png"))));
        assertTrue(empty.getMessage().contains("disk full"), empty.getMessage());
        Files.writeString(dir.resolve("charts/x.png"), "png");
        Files.writeString(dir.resolve("runs.csv"), "b\n");
        assertThrows(IOException.class, () -> ManifestCommit.commit(out,
                manifest(Map.of("runs.csv", hash), List.of("charts/x.png"))));
        assertFalse(Files.exists(dir.resolve(OutputFolder.MANIFEST)));
    }
}
