package org.adoptsim.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** For the command tests: a folder's manifest.json is the one model, for that command, and true to the files. */
public final class ManifestCheck {
    private ManifestCheck() {
    }

    /**
     * Reads {@code dir}'s manifest, checks its command, status, section and that every listed file has the
     * size and SHA-256 recorded, and that writing the model back gives the same bytes (a round trip).
     */
    public static Manifest check(Path dir, String command, String section) throws IOException {
        String text = Files.readString(dir.resolve(OutputFolder.MANIFEST), StandardCharsets.UTF_8);
        Manifest m = ManifestJson.read(OutputFolder.MANIFEST, text);
        assertEquals(command, m.command());
        assertTrue(m.complete(), "status " + m.status());
        assertNotNull(m.section(), "a section");
        assertEquals(section, m.section().name());
        assertFalse(m.files().isEmpty(), "lists its files");
        for (Map.Entry<String, Manifest.FileEntry> f : m.files().entrySet()) {
            assertEquals(f.getValue(), Manifest.FileEntry.of(dir.resolve(f.getKey())), f.getKey());
        }
        assertEquals(text, ManifestJson.write(m), "reads and writes back to the same bytes");
        assertEquals(m, ManifestJson.read(OutputFolder.MANIFEST, ManifestJson.write(m)));
        return m;
    }
}
